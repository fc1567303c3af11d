<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="50"/>
        <source>Brief of this practice</source>
        <translation>Ficha de esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="53"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas de las prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="124"/>
        <location filename="../../desktop/ui/menus.py" line="61"/>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Include my notes in briefs</source>
        <translation>Incluir mis notas en las fichas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="76"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85"/>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="89"/>
        <source>No bookmarks yet</source>
        <translation>Aún no hay marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>Delete a saved search</source>
        <translation>Eliminar una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109"/>
        <source>(filters only)</source>
        <translation>(solo filtros)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="120"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121"/>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="122"/>
        <location filename="../../desktop/ui/start_page.py" line="102"/>
        <source>Searching</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="123"/>
        <location filename="../../desktop/ui/start_page.py" line="123"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="39"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="39"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="45"/>
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="47"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Guardado %1 (%n página).</numerusform>
            <numerusform>Guardado %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="56"/>
        <source>catalogue version %1</source>
        <translation>versión %1 del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="57"/>
        <location filename="../../desktop/ui/start_page.py" line="62"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="87"/>
        <source>Bookmarked practices</source>
        <translation>Prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="107"/>
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="112"/>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="123"/>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="123"/>
        <source>(everything)</source>
        <translation>(todo el catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="124"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="125"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Prácticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <location filename="../../desktop/ui/briefs.py" line="137"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="215"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <location filename="../../desktop/ui/briefs.py" line="138"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="132"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="132"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="136"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="136"/>
        <source>Original title</source>
        <translation>Título original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="137"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="141"/>
        <location filename="../../desktop/ui/updates_ui.py" line="291"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="143"/>
        <source>%n practice(s) exported to %1.</source>
        <translation>
            <numerusform>%n práctica exportada a %1.</numerusform>
            <numerusform>%n prácticas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="148"/>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="149"/>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="137"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="214"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="137"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="214"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="215"/>
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138"/>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>GCM objectives</source>
        <translation>Objetivos del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>GCM principles</source>
        <translation>Principios rectores del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <location filename="../../desktop/ui/updates_ui.py" line="216"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>Related practices</source>
        <translation>Prácticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <location filename="../../desktop/ui/pages.py" line="137"/>
        <source>Policy-area guidance</source>
        <translation>Orientaciones del área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>(no longer in the catalogue)</source>
        <translation>(ya no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Also known as</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41"/>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66"/>
        <source>This is the catalogue&apos;s translation of its English entry.</source>
        <translation>Esta es la traducción del catálogo de su ficha en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="68"/>
        <source>The English entry has changed since it was translated.</source>
        <translation>La ficha en inglés ha cambiado desde que se tradujo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69"/>
        <source>Show in English</source>
        <translation>Ver en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="71"/>
        <source>This is the English original.</source>
        <translation>Este es el original en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>Show the translation</source>
        <translation>Ver la traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="74"/>
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha aún no está traducida; este es su texto en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="117"/>
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta práctica ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="118"/>
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Una actualización la eliminó. Su nota y su marcador se conservan abajo; elimínelos cuando ya no los necesite.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>Removed by an update</source>
        <translation>Eliminada por una actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="127"/>
        <source>No guidance for this policy area.</source>
        <translation>No hay orientaciones para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50"/>
        <source>This is an older version than the one installed.</source>
        <translation>Esta versión es anterior a la instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Practices after the update</source>
        <translation>Prácticas tras la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="53"/>
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Sus marcadores y notas se conservan. El catálogo actual también se conserva: Archivo → Volver al catálogo anterior lo restaura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/updates_ui.py" line="55"/>
        <source>This update removes %n practice(s) you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</source>
        <translation>
            <numerusform>Esta actualización elimina %n práctica que usted guardó con marcador o anotó. Ya no aparecerá en las búsquedas; sus notas y marcadores se conservan, en Marcadores, señalados (eliminada):</numerusform>
            <numerusform>Esta actualización elimina %n prácticas que usted guardó con marcador o anotó. Ya no aparecerán en las búsquedas; sus notas y marcadores se conservan, en Marcadores, señalados (eliminada):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="58"/>
        <source>Catalogue version %1 → %2</source>
        <translation>Versión del catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="82"/>
        <location filename="../../desktop/ui/updates_ui.py" line="117"/>
        <source>Import catalogue update</source>
        <translation>Importar actualización del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="86"/>
        <source>Apply update</source>
        <translation>Aplicar actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="118"/>
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Actualizaciones del catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="128"/>
        <source>Checking the update…</source>
        <translation>Comprobando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="135"/>
        <source>This update holds catalogue version %1, and version %2 is installed: it is not newer, so nothing was changed. To go back to the catalogue you had before the last update, use File → Roll back to the previous catalogue.</source>
        <translation>Esta actualización contiene la versión %1 del catálogo y está instalada la versión %2: no es más reciente, así que no se cambió nada. Para volver al catálogo que tenía antes de la última actualización, use Archivo → Volver al catálogo anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="152"/>
        <source>Installing the update…</source>
        <translation>Instalando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156"/>
        <source>Catalogue updated</source>
        <translation>Catálogo actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="157"/>
        <source>Catalogue version %1 is installed.</source>
        <translation>La versión %1 del catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="160"/>
        <source>Roll back the catalogue</source>
        <translation>Volver al catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="161"/>
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>¿Desea restaurar el catálogo que estaba instalado antes de la última actualización? Sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="165"/>
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando el catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="169"/>
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="170"/>
        <source>Catalogue version %1 is in use again.</source>
        <translation>La versión %1 del catálogo vuelve a estar en uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="177"/>
        <source>Looking for catalogue updates…</source>
        <translation>Buscando actualizaciones del catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Catalogue updates</source>
        <translation>Actualizaciones del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>No newer catalogue update was found in %1.</source>
        <translation>No se encontró ninguna actualización más reciente del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="187"/>
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Se encontró una actualización del catálogo: versión %1, firmada por %2, en %3. ¿Desea revisarla ahora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189"/>
        <source>Catalogue update available</source>
        <translation>Actualización del catálogo disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="202"/>
        <source>Suggest a practice</source>
        <translation>Proponer una práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="206"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="136"/>
        <location filename="../../desktop/ui/updates_ui.py" line="214"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="216"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="217"/>
        <source>Your name and office</source>
        <translation>Su nombre y oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="219"/>
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>Qué se hizo, quién lo hizo, en qué nivel de gobierno y qué resultados tuvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="220"/>
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De dónde proceden los datos: un documento, una página web, una reunión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="222"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="223"/>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="224"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="225"/>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="226"/>
        <source>Approaches:</source>
        <translation>Enfoques:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="227"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="228"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="229"/>
        <source>Your name and office:</source>
        <translation>Su nombre y oficina:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="234"/>
        <source>Save contribution…</source>
        <translation>Guardar contribución…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="281"/>
        <source>Save the contribution in</source>
        <translation>Guardar la contribución en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By approach</source>
        <translation>Por enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By level of government</source>
        <translation>Por nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/start_page.py" line="63"/>
        <source>%n practice(s) of multi-level governance of migration, to search, filter, read and print.</source>
        <translation>
            <numerusform>%n práctica de gobernanza multinivel de la migración, para buscar, filtrar, leer e imprimir.</numerusform>
            <numerusform>%n prácticas de gobernanza multinivel de la migración, para buscar, filtrar, leer e imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73"/>
        <source>Try a search</source>
        <translation>Pruebe una búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73"/>
        <source>Filtering and excluding</source>
        <translation>Filtrar y excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="77"/>
        <source>Tick values in the Filters panel to keep only the practices that have them. Several values of one field mean any of them; values of different fields must all be there.</source>
        <translation>Marque valores en el panel Filtros para conservar solo las prácticas que los tienen. Varios valores de un mismo campo significan cualquiera de ellos; los valores de campos distintos deben estar todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="79"/>
        <source>To leave practices out, right-click a value (or press Shift+F10 or the Menu key) and choose Exclude; Ctrl+click does the same. “Only” keeps just that value.</source>
        <translation>Para dejar prácticas fuera, haga clic derecho en un valor (o pulse Mayús+F10 o la tecla Menú) y elija Excluir; Ctrl+clic hace lo mismo. «Solo» conserva únicamente ese valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81"/>
        <source>The active filters are shown above the results: click one to remove it, or Clear all.</source>
        <translation>Los filtros activos se muestran encima de los resultados: haga clic en uno para quitarlo, o en Quitar todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82"/>
        <source>More in Help → Searching and Help → Keyboard shortcuts.</source>
        <translation>Más en Ayuda → Buscar y Ayuda → Atajos de teclado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90"/>
        <source>Practices with more of your words come first; spelling mistakes are corrected.</source>
        <translation>Las prácticas con más de sus palabras aparecen primero; los errores de ortografía se corrigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91"/>
        <source>Quotation marks: the words next to each other, in this order.</source>
        <translation>Comillas: las palabras juntas, en este orden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92"/>
        <source>A plus sign: only practices that have this word.</source>
        <translation>Un signo más: solo las prácticas que tienen esta palabra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="93"/>
        <source>A minus sign (or NOT): leave out practices that have this word.</source>
        <translation>Un signo menos (o NOT): deja fuera las prácticas que tienen esta palabra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="94"/>
        <source>OR in capitals: either word will do.</source>
        <translation>OR en mayúsculas: sirve cualquiera de las dos palabras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="95"/>
        <source>A field and a value: practices filed under it. Field names work in every interface language (country, país, pays; level, nivel, niveau…).</source>
        <translation>Un campo y un valor: las prácticas clasificadas así. Los nombres de campo valen en todos los idiomas de la interfaz (país, country, pays; nivel, level, niveau…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="97"/>
        <source>Words in one part of the text only: title, summary, body.</source>
        <translation>Palabras solo en una parte del texto: titulo, resumen, texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="98"/>
        <source>An asterisk: every word that starts so (at least two letters).</source>
        <translation>Un asterisco: todas las palabras que empiezan así (al menos dos letras).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="102"/>
        <source>Click an example to run it.</source>
        <translation>Haga clic en un ejemplo para ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="103"/>
        <source>Words are found in the interface language and in English, with or without accents.</source>
        <translation>Las palabras se buscan en el idioma de la interfaz y en inglés, con o sin acentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="104"/>
        <source>A search applies within what the filters keep.</source>
        <translation>La búsqueda se aplica dentro de lo que conservan los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114"/>
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114"/>
        <source>From the search field to the results</source>
        <translation>Del campo de búsqueda a los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115"/>
        <source>Run the search; in the results, open the practice</source>
        <translation>Ejecuta la búsqueda; en los resultados, abre la práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116"/>
        <source>In the search field: clear it, then the filters</source>
        <translation>En el campo de búsqueda: lo vacía, y luego los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="117"/>
        <source>Search, sort, filters, results, reader&apos;s buttons, text, note</source>
        <translation>Búsqueda, orden, filtros, resultados, botones del lector, texto, nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118"/>
        <source>In the filters: tick or untick the value</source>
        <translation>En los filtros: marca o desmarca el valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119"/>
        <source>Shift+F10 or Menu key</source>
        <translation>Mayús+F10 o tecla Menú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119"/>
        <source>In the filters: Only, Exclude, Remove</source>
        <translation>En los filtros: Solo, Excluir, Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120"/>
        <source>In the filters: exclude the value</source>
        <translation>En los filtros: excluye el valor</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Un catálogo sin conexión de prácticas de gobernanza multinivel de la migración.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Built</source>
        <translation>Fecha de generación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Sources (practices citing each)</source>
        <translation>Fuentes (prácticas que citan cada una)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="289"/>
        <source>No filters: tick values on the left to narrow the results.</source>
        <translation>Sin filtros: marque valores a la izquierda para acotar los resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="312"/>
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="315"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="316"/>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="324"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="138"/>
        <location filename="../../desktop/ui/filter_panel.py" line="155"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="156"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="157"/>
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163"/>
        <source>Region and country</source>
        <translation>Región y país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164"/>
        <source>GCM objective</source>
        <translation>Objetivo del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="260"/>
        <source>Only “%1”</source>
        <translation>Solo “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="262"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="264"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Busque prácticas: palabras, &quot;frase exacta&quot;, OR, -excluir, país:ecuador, migra*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevancia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Sort by title</source>
        <translation>Ordenar por título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Sort by country</source>
        <translation>Ordenar por país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Sort by year</source>
        <translation>Ordenar por año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173"/>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>No practice matches this search.</source>
        <translation>Ninguna práctica coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Quitar todos los filtros&lt;/a&gt; para buscar en todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Pruebe con menos palabras o con otras, o explore con los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — buscar %2 en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>Not found: %1</source>
        <translation>Sin resultados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Los resultados contienen algunas de sus palabras; ninguna práctica las tiene todas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>Suggest a practice…</source>
        <translation>Proponer una práctica…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Import update…</source>
        <translation>Importar actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>Check the inbox for updates</source>
        <translation>Buscar actualizaciones en la carpeta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>Roll back to the previous catalogue…</source>
        <translation>Volver al catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribución guardada en %1: envíe este archivo a los editores del catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="92"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="93"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="94"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="95"/>
        <source>★ Bookmark</source>
        <translation>★ Marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="96"/>
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="97"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Mi nota sobre esta práctica (se guarda automáticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="98"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="99"/>
        <source>Practice text</source>
        <translation>Texto de la práctica</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="30"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Follow the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="40"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42"/>
        <location filename="../../desktop/ui/dialogs.py" line="63"/>
        <source>Folder checked for updates</source>
        <translation>Carpeta donde buscar actualizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43"/>
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ej., una memoria USB o una carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Also look for updates in:</source>
        <translation>Buscar actualizaciones también en:</translation>
    </message>
</context>
</TS>
