<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/menus.py" line="53" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56" />
        <source>Brief of this practice</source>
        <translation>Ficha de esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57" />
        <location filename="../../desktop/ui/menus.py" line="61" />
        <location filename="../../desktop/ui/menus.py" line="68" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="143" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58" />
        <location filename="../../desktop/ui/menus.py" line="62" />
        <location filename="../../desktop/ui/menus.py" line="69" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="144" />
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59" />
        <source>Brief of bookmarked practices</source>
        <translation>Fichas de las prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="125" />
        <location filename="../../desktop/ui/menus.py" line="67" />
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63" />
        <source>Include my notes in briefs</source>
        <translation>Incluir mis notas en las fichas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70" />
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77" />
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="78" />
        <location filename="../../desktop/ui/user_data_dialog.py" line="48" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="82" />
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="83" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="86" />
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="91" />
        <location filename="../../desktop/ui/menus.py" line="98" />
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95" />
        <source>No bookmarks yet</source>
        <translation>Aún no hay marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96" />
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="112" />
        <source>Delete a saved search</source>
        <translation>Eliminar una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116" />
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>(filters only)</source>
        <translation>(solo filtros)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="120" />
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="126" />
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127" />
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="130" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="132" />
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="133" />
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="134" />
        <location filename="../../desktop/ui/start_page.py" line="102" />
        <source>Searching</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="135" />
        <location filename="../../desktop/ui/start_page.py" line="123" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="137" />
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="40" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="190" />
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="40" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="191" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="46" />
        <location filename="../../desktop/ui/workshop_pack.py" line="166" />
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="48" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Guardado %1 (%n página).</numerusform>
            <numerusform>Guardado %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="57" />
        <source>catalogue version %1</source>
        <translation>versión %1 del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="58" />
        <location filename="../../desktop/ui/start_page.py" line="62" />
        <location filename="../../desktop/ui/user_data_dialog.py" line="42" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="88" />
        <source>Bookmarked practices</source>
        <translation>Prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="108" />
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="113" />
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="124" />
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="124" />
        <source>(everything)</source>
        <translation>(todo el catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="125" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="126" />
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Prácticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <location filename="../../desktop/ui/briefs.py" line="139" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="223" />
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <location filename="../../desktop/ui/briefs.py" line="140" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="134" />
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="134" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138" />
        <source>Original title</source>
        <translation>Título original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="139" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="143" />
        <location filename="../../desktop/ui/updates_ui.py" line="300" />
        <source>The file could not be written: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="145" />
        <source>%n practice(s) exported to %1.</source>
        <translation>
            <numerusform>%n práctica exportada a %1.</numerusform>
            <numerusform>%n prácticas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="160" />
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="161" />
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="139" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="222" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="139" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="222" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="140" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="223" />
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="140" />
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>GCM objectives</source>
        <translation>Objetivos del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>GCM principles</source>
        <translation>Principios rectores del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <location filename="../../desktop/ui/updates_ui.py" line="224" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <source>Related practices</source>
        <translation>Prácticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <location filename="../../desktop/ui/pages.py" line="137" />
        <source>Policy-area guidance</source>
        <translation>Orientaciones del área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>(no longer in the catalogue)</source>
        <translation>(ya no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40" />
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40" />
        <source>Also known as</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41" />
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41" />
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66" />
        <source>This is the catalogue's translation of its English entry.</source>
        <translation>Esta es la traducción del catálogo de su ficha en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="68" />
        <source>The English entry has changed since it was translated.</source>
        <translation>La ficha en inglés ha cambiado desde que se tradujo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69" />
        <source>Show in English</source>
        <translation>Ver en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="71" />
        <source>This is the English original.</source>
        <translation>Este es el original en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72" />
        <source>Show the translation</source>
        <translation>Ver la traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="74" />
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha aún no está traducida; este es su texto en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104" />
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111" />
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="117" />
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta práctica ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="118" />
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Una actualización la eliminó. Su nota y su marcador se conservan abajo; elimínelos cuando ya no los necesite.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120" />
        <source>Removed by an update</source>
        <translation>Eliminada por una actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="127" />
        <source>No guidance for this policy area.</source>
        <translation>No hay orientaciones para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="48" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="48" />
        <source>This is an older version than the one installed.</source>
        <translation>Esta versión es anterior a la instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Practices after the update</source>
        <translation>Prácticas tras la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51" />
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Sus marcadores y notas se conservan. El catálogo actual también se conserva: Archivo → Volver al catálogo anterior lo restaura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/updates_ui.py" line="53" />
        <source>This update removes %n practice(s) you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</source>
        <translation>
            <numerusform>Esta actualización elimina %n práctica que usted guardó con marcador o anotó. Ya no aparecerá en las búsquedas; sus notas y marcadores se conservan, en Marcadores, señalados (eliminada):</numerusform>
            <numerusform>Esta actualización elimina %n prácticas que usted guardó con marcador o anotó. Ya no aparecerán en las búsquedas; sus notas y marcadores se conservan, en Marcadores, señalados (eliminada):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="56" />
        <source>Catalogue version %1 → %2</source>
        <translation>Versión del catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="80" />
        <location filename="../../desktop/ui/updates_ui.py" line="115" />
        <source>Import catalogue update</source>
        <translation>Importar actualización del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="84" />
        <source>Apply update</source>
        <translation>Aplicar actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="116" />
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Actualizaciones del catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="127" />
        <source>Checking the update…</source>
        <translation>Comprobando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134" />
        <source>This update holds catalogue version %1, and version %2 is installed: it is not newer, so nothing was changed. To go back to the catalogue you had before the last update, use File → Roll back to the previous catalogue.</source>
        <translation>Esta actualización contiene la versión %1 del catálogo y está instalada la versión %2: no es más reciente, así que no se cambió nada. Para volver al catálogo que tenía antes de la última actualización, use Archivo → Volver al catálogo anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="151" />
        <source>Installing the update…</source>
        <translation>Instalando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="155" />
        <source>Catalogue updated</source>
        <translation>Catálogo actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156" />
        <source>Catalogue version %1 is installed.</source>
        <translation>La versión %1 del catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="159" />
        <source>Roll back the catalogue</source>
        <translation>Volver al catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="160" />
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>¿Desea restaurar el catálogo que estaba instalado antes de la última actualización? Sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="165" />
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando el catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="169" />
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="170" />
        <source>Catalogue version %1 is in use again.</source>
        <translation>La versión %1 del catálogo vuelve a estar en uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="182" />
        <source>The inbox %1 cannot be created here (the folder is read-only).</source>
        <translation>La bandeja de entrada %1 no se puede crear aquí (la carpeta es de solo lectura).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="185" />
        <source>Looking for catalogue updates…</source>
        <translation>Buscando actualizaciones del catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="50" />
        <source>One web address per line, e.g. https://example.org/catalogue</source>
        <translation>Una dirección web por línea, p. ej. https://example.org/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="51" />
        <source>Mirrors checked for updates</source>
        <translation>Réplicas consultadas para actualizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="53" />
        <source>A server on this office's own network, e.g. http://192.168.1.20/catalogue</source>
        <translation>Un servidor en la red de esta oficina, p. ej. http://192.168.1.20/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="54" />
        <source>Local mirrors (plain HTTP allowed)</source>
        <translation>Réplicas locales (se permite HTTP sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="63" />
        <source>Mirrors:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="64" />
        <source>Local mirrors:</source>
        <translation>Réplicas locales:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="124" />
        <source>Downloading catalogue version %1</source>
        <translation>Descargando la versión %1 del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="140" />
        <source>%1 of %2 downloaded, %3 remaining</source>
        <translation>%1 de %2 descargados, faltan %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="200" />
        <source>No mirror is set: add the web address of one in File → Settings.</source>
        <translation>No hay ninguna réplica configurada: añada su dirección web en Archivo → Configuración.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="203" />
        <source>Checking the mirrors for catalogue updates…</source>
        <translation>Buscando actualizaciones del catálogo en las réplicas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="232" />
        <location filename="../../desktop/ui/updates_ui.py" line="191" />
        <source>Catalogue updates</source>
        <translation>Actualizaciones del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="233" />
        <source>The catalogue is up to date (version %1).</source>
        <translation>El catálogo está al día (versión %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="236" />
        <source>Catalogue version %1 is available (%2).</source>
        <translation>La versión %1 del catálogo está disponible (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="240" />
        <source>%1 of it was downloaded before.</source>
        <translation>%1 ya se descargó antes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="242" />
        <source>Download it now?</source>
        <translation>¿Descargarla ahora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="269" />
        <source>The download was cancelled; the next download resumes where it stopped.</source>
        <translation>Se canceló la descarga; la próxima continuará donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192" />
        <source>No newer catalogue update was found in %1.</source>
        <translation>No se encontró ninguna actualización más reciente del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195" />
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Se encontró una actualización del catálogo: versión %1, firmada por %2, en %3. ¿Desea revisarla ahora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="241" />
        <location filename="../../desktop/ui/updates_ui.py" line="197" />
        <source>Catalogue update available</source>
        <translation>Actualización del catálogo disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="210" />
        <source>Suggest a practice</source>
        <translation>Proponer una práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="214" />
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138" />
        <location filename="../../desktop/ui/updates_ui.py" line="222" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="224" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="225" />
        <source>Your name and office</source>
        <translation>Su nombre y oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="227" />
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>Qué se hizo, quién lo hizo, en qué nivel de gobierno y qué resultados tuvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="228" />
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De dónde proceden los datos: un documento, una página web, una reunión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="230" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="231" />
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="232" />
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="233" />
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="234" />
        <source>Approaches:</source>
        <translation>Enfoques:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="235" />
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="236" />
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="237" />
        <source>Your name and office:</source>
        <translation>Su nombre y oficina:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="242" />
        <source>Save contribution…</source>
        <translation>Guardar contribución…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="290" />
        <source>Save the contribution in</source>
        <translation>Guardar la contribución en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="73" />
        <source>Reading lists</source>
        <translation>Listas de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="91" />
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="92" />
        <source>Show reading lists</source>
        <translation>Mostrar las listas de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="96" />
        <source>Add this practice to</source>
        <translation>Agregar esta práctica a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="108" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="110" />
        <source>New list…</source>
        <translation>Nueva lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="111" />
        <source>Import a list…</source>
        <translation>Importar una lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="113" />
        <source>Export this list…</source>
        <translation>Exportar esta lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="114" />
        <source>Workshop pack of this list…</source>
        <translation>Material del taller de esta lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="135" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>Workshop pack</source>
        <translation>Material del taller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="138" />
        <source>A cover, a contents page and each practice of “%1” in the interface language, with your comments.</source>
        <translation>Una portada, un índice y cada práctica de «%1» en el idioma de la interfaz, con sus comentarios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="141" />
        <source>Include my &amp;notes on these practices</source>
        <translation>Incluir mis &amp;notas sobre estas prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="186" />
        <source>Workshop pack sent to the printer.</source>
        <translation>Material del taller enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="198" />
        <source>Making the workshop pack…</source>
        <translation>Preparando el material del taller…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reading_lists_menu.py" line="202" />
        <source>Workshop pack saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Material del taller guardado: %1 (%n página).</numerusform>
            <numerusform>Material del taller guardado: %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="38" />
        <source>not in this catalogue (version %1)</source>
        <translation>no está en este catálogo (versión %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="39" />
        <source>not in this catalogue</source>
        <translation>no está en este catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="82" />
        <source>Practice Catalogue, catalogue %1, version %2</source>
        <translation>Catálogo de Prácticas, catálogo %1, versión %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="99" />
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="112" />
        <source>Trainer’s comment</source>
        <translation>Comentario del formador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By approach</source>
        <translation>Por enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By level of government</source>
        <translation>Por nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/start_page.py" line="63" />
        <source>%n practice(s) of multi-level governance of migration, to search, filter, read and print.</source>
        <translation>
            <numerusform>%n práctica de gobernanza multinivel de la migración, para buscar, filtrar, leer e imprimir.</numerusform>
            <numerusform>%n prácticas de gobernanza multinivel de la migración, para buscar, filtrar, leer e imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73" />
        <source>Try a search</source>
        <translation>Pruebe una búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73" />
        <source>Filtering and excluding</source>
        <translation>Filtrar y excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="77" />
        <source>Tick values in the Filters panel to keep only the practices that have them. Several values of one field mean any of them; values of different fields must all be there.</source>
        <translation>Marque valores en el panel Filtros para conservar solo las prácticas que los tienen. Varios valores de un mismo campo significan cualquiera de ellos; los valores de campos distintos deben estar todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="79" />
        <source>To leave practices out, right-click a value (or press Shift+F10 or the Menu key) and choose Exclude; Ctrl+click does the same. “Only” keeps just that value.</source>
        <translation>Para dejar prácticas fuera, haga clic derecho en un valor (o pulse Mayús+F10 o la tecla Menú) y elija Excluir; Ctrl+clic hace lo mismo. «Solo» conserva únicamente ese valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81" />
        <source>The active filters are shown above the results: click one to remove it, or Clear all.</source>
        <translation>Los filtros activos se muestran encima de los resultados: haga clic en uno para quitarlo, o en Quitar todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82" />
        <source>More in Help → Searching and Help → Keyboard shortcuts.</source>
        <translation>Más en Ayuda → Buscar y Ayuda → Atajos de teclado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90" />
        <source>Practices with more of your words come first; spelling mistakes are corrected.</source>
        <translation>Las prácticas con más de sus palabras aparecen primero; los errores de ortografía se corrigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91" />
        <source>Quotation marks: the words next to each other, in this order.</source>
        <translation>Comillas: las palabras juntas, en este orden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92" />
        <source>A plus sign: only practices that have this word.</source>
        <translation>Un signo más: solo las prácticas que tienen esta palabra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="93" />
        <source>A minus sign (or NOT): leave out practices that have this word.</source>
        <translation>Un signo menos (o NOT): deja fuera las prácticas que tienen esta palabra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="94" />
        <source>OR in capitals: either word will do.</source>
        <translation>OR en mayúsculas: sirve cualquiera de las dos palabras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="95" />
        <source>A field and a value: practices filed under it. Field names work in every interface language (country, país, pays; level, nivel, niveau…).</source>
        <translation>Un campo y un valor: las prácticas clasificadas así. Los nombres de campo valen en todos los idiomas de la interfaz (país, country, pays; nivel, level, niveau…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="97" />
        <source>Words in one part of the text only: title, summary, body.</source>
        <translation>Palabras solo en una parte del texto: titulo, resumen, texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="98" />
        <source>An asterisk: every word that starts so (at least two letters).</source>
        <translation>Un asterisco: todas las palabras que empiezan así (al menos dos letras).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="102" />
        <source>Click an example to run it.</source>
        <translation>Haga clic en un ejemplo para ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="103" />
        <source>Words are found in the interface language and in English, with or without accents.</source>
        <translation>Las palabras se buscan en el idioma de la interfaz y en inglés, con o sin acentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="104" />
        <source>A search applies within what the filters keep.</source>
        <translation>La búsqueda se aplica dentro de lo que conservan los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114" />
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114" />
        <source>From the search field to the results</source>
        <translation>Del campo de búsqueda a los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115" />
        <source>Run the search; in the results, open the practice</source>
        <translation>Ejecuta la búsqueda; en los resultados, abre la práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116" />
        <source>In the search field: clear it, then the filters</source>
        <translation>En el campo de búsqueda: lo vacía, y luego los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="117" />
        <source>Search, sort, filters, results, reader's buttons, text, note</source>
        <translation>Búsqueda, orden, filtros, resultados, botones del lector, texto, nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118" />
        <source>In the filters: tick or untick the value</source>
        <translation>En los filtros: marca o desmarca el valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119" />
        <source>Shift+F10 or Menu key</source>
        <translation>Mayús+F10 o tecla Menú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119" />
        <source>In the filters: Only, Exclude, Remove</source>
        <translation>En los filtros: Solo, Excluir, Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120" />
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120" />
        <source>In the filters: exclude the value</source>
        <translation>En los filtros: excluye el valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="23" />
        <source>the catalogue shipped with the app (version %1)</source>
        <translation>el catálogo incluido con la aplicación (versión %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="25" />
        <source>version %1</source>
        <translation>la versión %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="27" />
        <source>The record of the installed catalogue (current.json) is damaged; showing %3.</source>
        <translation>El registro del catálogo instalado (current.json) está dañado; se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="28" />
        <source>No installed catalogue is recorded (current.json is missing), but version %1 is kept in the catalogues folder; showing %3. Import the update again to use it.</source>
        <translation>No hay ningún catálogo instalado registrado (falta current.json), pero la versión %1 se conserva en la carpeta de catálogos; se muestra %3. Importe de nuevo la actualización para usarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="30" />
        <source>The installed catalogue version %1 is incomplete (its catalogue.db or install.json is missing); showing %3.</source>
        <translation>La versión %1 del catálogo instalado está incompleta (falta su catalogue.db o install.json); se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="32" />
        <source>The installed catalogue version %1 is damaged (%2); showing %3.</source>
        <translation>La versión %1 del catálogo instalado está dañada (%2); se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="34" />
        <source>Import the update again to repair it.</source>
        <translation>Importe de nuevo la actualización para repararlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="50" />
        <source>Catalogue warning</source>
        <translation>Aviso sobre el catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="32" />
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="33" />
        <source>the folder holding your data cannot be written</source>
        <translation>no se puede escribir en la carpeta de sus datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34" />
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34" />
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="50" />
        <source>Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps trying to save it.</source>
        <translation>No se pudo guardar su nota sobre «%1»: %2. Sigue en el editor; la aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="52" />
        <source>Your bookmark could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su marcador: %1. La aplicación sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="53" />
        <source>Your saved search could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su búsqueda: %1. La aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="54" />
        <source>Your settings could not be saved: %1. The app keeps trying to save them.</source>
        <translation>No se pudo guardar su configuración: %1. La aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="55" />
        <source>Your search history could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su historial de búsquedas: %1. La aplicación sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="78" />
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="79" />
        <source>Copy unsaved text</source>
        <translation>Copiar el texto no guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="132" />
        <source>Everything you changed is saved now.</source>
        <translation>Todos sus cambios están guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="169" />
        <source>The unsaved text is on the clipboard: paste it somewhere safe.</source>
        <translation>El texto no guardado está en el portapapeles: péguelo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="179" />
        <source>Changes waiting to be saved: %1</source>
        <translation>Cambios pendientes de guardar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="195" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="196" />
        <source>Some of your changes could not be saved: %1. If you close now, they are lost.</source>
        <translation>Algunos de sus cambios no se pudieron guardar: %1. Si cierra ahora, se perderán.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="198" />
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="199" />
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="29" />
        <source>A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, %3 saved searches. The damaged file is kept at %4.</source>
        <translation>Se creó un nuevo user.db con lo que se pudo leer del dañado: %1 notas, %2 marcadores, %3 búsquedas guardadas. El archivo dañado se conserva en %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="43" />
        <source>Your bookmarks and notes (%1) are damaged: %2.</source>
        <translation>Sus marcadores y notas (%1) están dañados: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="45" />
        <source>The app can move the damaged file aside (it is kept, named with today's date), start a new one, and copy into it everything that can still be read.</source>
        <translation>La aplicación puede apartar el archivo dañado (se conserva, con la fecha de hoy en el nombre), crear uno nuevo y copiar en él todo lo que aún se pueda leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="47" />
        <source>Recover and open</source>
        <translation>Recuperar y abrir</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81" />
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Un catálogo sin conexión de prácticas de gobernanza multinivel de la migración.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Built</source>
        <translation>Fecha de generación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="86" />
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="86" />
        <source>Sources (practices citing each)</source>
        <translation>Fuentes (prácticas que citan cada una)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="87" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="290" />
        <source>No filters: tick values on the left to narrow the results.</source>
        <translation>Sin filtros: marque valores a la izquierda para acotar los resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="313" />
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="316" />
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="317" />
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="325" />
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="139" />
        <location filename="../../desktop/ui/filter_panel.py" line="156" />
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="157" />
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="158" />
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162" />
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162" />
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163" />
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164" />
        <source>Region and country</source>
        <translation>Región y país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="165" />
        <source>GCM objective</source>
        <translation>Objetivo del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="261" />
        <source>Only “%1”</source>
        <translation>Solo “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="263" />
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="265" />
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <location filename="../../desktop/ui/main_window.py" line="409" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171" />
        <source>Search practices: words, "exact phrase", OR, -exclude, country:ecuador, prefix*</source>
        <translation>Busque prácticas: palabras, "frase exacta", OR, -excluir, país:ecuador, migra*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>Sort by relevance</source>
        <translation>Ordenar por relevancia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>Sort by title</source>
        <translation>Ordenar por título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <source>Sort by country</source>
        <translation>Ordenar por país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <source>Sort by year</source>
        <translation>Ordenar por año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184" />
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273" />
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256" />
        <source>No practice matches this search.</source>
        <translation>Ninguna práctica coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>&lt;a href="clear"&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href="clear"&gt;Quitar todos los filtros&lt;/a&gt; para buscar en todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Pruebe con menos palabras o con otras, o explore con los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276" />
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — buscar %2 en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>Not found: %1</source>
        <translation>Sin resultados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Los resultados contienen algunas de sus palabras; ninguna práctica las tiene todas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368" />
        <source>Suggest a practice…</source>
        <translation>Proponer una práctica…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372" />
        <source>Import update…</source>
        <translation>Importar actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373" />
        <source>Check the inbox for updates</source>
        <translation>Buscar actualizaciones en la carpeta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374" />
        <source>Roll back to the previous catalogue…</source>
        <translation>Volver al catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382" />
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribución guardada en %1: envíe este archivo a los editores del catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="123" />
        <source>The search index was damaged; it has been rebuilt from the catalogue.</source>
        <translation>El índice de búsqueda estaba dañado; se ha reconstruido a partir del catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91" />
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="92" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="93" />
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="94" />
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="95" />
        <source>★ Bookmark</source>
        <translation>★ Marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="96" />
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="97" />
        <source>My note on this practice (saved automatically):</source>
        <translation>Mi nota sobre esta práctica (se guarda automáticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="98" />
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="99" />
        <source>Practice text</source>
        <translation>Texto de la práctica</translation>
    </message>
</context>
<context>
    <name>ReadingListsPane</name>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="120" />
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="121" />
        <source>Reading list</source>
        <translation>Lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="122" />
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="123" />
        <source>Make a new reading list</source>
        <translation>Crear una nueva lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="124" />
        <source>Rena&amp;me…</source>
        <translation>Cambiar el nom&amp;bre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="125" />
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="126" />
        <source>Delete this reading list (the practices stay in the catalogue)</source>
        <translation>Eliminar esta lista de lectura (las prácticas siguen en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="127" />
        <source>Practices in this list</source>
        <translation>Prácticas de esta lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="128" />
        <source>Enter opens a practice; drag or Ctrl+Up/Ctrl+Down reorders; Delete removes it from the list</source>
        <translation>Intro abre una práctica; arrastrar o Ctrl+Arriba/Ctrl+Abajo cambia el orden; Supr la quita de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="130" />
        <source>No reading list yet. Make one with New…, then add the practice open in the reader.</source>
        <translation>Aún no hay listas de lectura. Cree una con Nueva… y agregue la práctica abierta en el lector.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="132" />
        <source>&amp;Add the open practice</source>
        <translation>&amp;Agregar la práctica abierta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="133" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="134" />
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="135" />
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="136" />
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="137" />
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="138" />
        <source>Trainer’s &amp;comment on this practice (saved automatically):</source>
        <translation>&amp;Comentario del formador sobre esta práctica (se guarda automáticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="139" />
        <source>Trainer’s comment</source>
        <translation>Comentario del formador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="140" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="141" />
        <source>Add a reading list from a .pclist file</source>
        <translation>Agregar una lista de lectura desde un archivo .pclist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="142" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="143" />
        <source>Save this list as a .pclist file to share</source>
        <translation>Guardar esta lista como archivo .pclist para compartirla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="144" />
        <source>Workshop &amp;pack…</source>
        <translation>Material del &amp;taller…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="145" />
        <source>Print or save as PDF a pack of this list's practices</source>
        <translation>Imprimir o guardar como PDF el material con las prácticas de esta lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="255" />
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="256" />
        <source>Remove this practice and your comment on it from the list?</source>
        <translation>¿Quitar esta práctica y su comentario de la lista?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>New reading list</source>
        <translation>Nueva lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>Name of the list:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="309" />
        <location filename="../../desktop/ui/reading_lists.py" line="358" />
        <source>This file cannot be imported as a reading list; nothing was changed.</source>
        <translation>No se puede importar este archivo como lista de lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>Rename the reading list</source>
        <translation>Cambiar el nombre de la lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="336" />
        <source>Delete the reading list</source>
        <translation>Eliminar la lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="337" />
        <source>Delete the list “%1” and its comments? The practices stay in the catalogue, and your bookmarks and notes are kept.</source>
        <translation>¿Eliminar la lista «%1» y sus comentarios? Las prácticas siguen en el catálogo y sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="348" />
        <source>Import a reading list</source>
        <translation>Importar una lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="349" />
        <location filename="../../desktop/ui/reading_lists.py" line="375" />
        <source>Reading lists (*.pclist)</source>
        <translation>Listas de lectura (*.pclist)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="374" />
        <source>Export the reading list</source>
        <translation>Exportar la lista de lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="394" />
        <source>Reading lists</source>
        <translation>Listas de lectura</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="31" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="34" />
        <source>Follow the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="36" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="41" />
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>Folder checked for updates</source>
        <translation>Carpeta donde buscar actualizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44" />
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ej., una memoria USB o una carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="45" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="55" />
        <source>Also look for updates in:</source>
        <translation>Buscar actualizaciones también en:</translation>
    </message>
</context>
</TS>
