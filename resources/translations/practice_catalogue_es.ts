<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="49"/>
        <source>Brief of this practice</source>
        <translation>Ficha de esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="50"/>
        <location filename="../../desktop/ui/menus.py" line="54"/>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas de las prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="65"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79"/>
        <source>No bookmarks yet</source>
        <translation>Aún no hay marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Delete a saved search</source>
        <translation>Eliminar una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>(filters only)</source>
        <translation>(solo filtros)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>(everything)</source>
        <translation>(todo el catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="180"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Prácticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <source>Original title</source>
        <translation>Título original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195"/>
        <location filename="../../desktop/ui/updates_ui.py" line="250"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="197"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n práctica exportada.</numerusform>
            <numerusform>%n prácticas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>GCM objectives</source>
        <translation>Objetivos del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>GCM principles</source>
        <translation>Principios rectores del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <location filename="../../desktop/ui/updates_ui.py" line="185"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Related practices</source>
        <translation>Prácticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <location filename="../../desktop/ui/pages.py" line="130"/>
        <source>Policy-area guidance</source>
        <translation>Orientaciones del área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>(no longer in the catalogue)</source>
        <translation>(ya no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Also known as</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="64"/>
        <source>This is the catalogue&apos;s translation of its English entry.</source>
        <translation>Esta es la traducción del catálogo de su ficha en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66"/>
        <source>The English entry has changed since it was translated.</source>
        <translation>La ficha en inglés ha cambiado desde que se tradujo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="67"/>
        <source>Show in English</source>
        <translation>Ver en inglés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69"/>
        <source>This is the English original.</source>
        <translation>Este es el original en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="70"/>
        <source>Show the translation</source>
        <translation>Ver la traducción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha aún no está traducida; este es su texto en inglés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104"/>
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="110"/>
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta práctica ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Una actualización la eliminó. Su nota y su marcador se conservan abajo; elimínelos cuando ya no los necesite.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="113"/>
        <source>Removed by an update</source>
        <translation>Eliminada por una actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>No guidance for this policy area.</source>
        <translation>No hay orientaciones para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>This is an older version than the one installed.</source>
        <translation>Esta versión es anterior a la instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Practices after the update</source>
        <translation>Prácticas tras la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="42"/>
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Sus marcadores y notas se conservan. El catálogo actual también se conserva: Archivo → Volver al catálogo anterior lo restaura.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="44"/>
        <source>Catalogue version %1 → %2</source>
        <translation>Versión del catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="66"/>
        <location filename="../../desktop/ui/updates_ui.py" line="101"/>
        <source>Import catalogue update</source>
        <translation>Importar actualización del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="70"/>
        <source>Apply update</source>
        <translation>Aplicar actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="102"/>
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Actualizaciones del catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="109"/>
        <source>Checking the update…</source>
        <translation>Comprobando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="121"/>
        <source>Installing the update…</source>
        <translation>Instalando la actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="125"/>
        <source>Catalogue updated</source>
        <translation>Catálogo actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="126"/>
        <source>Catalogue version %1 is installed.</source>
        <translation>La versión %1 del catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="129"/>
        <source>Roll back the catalogue</source>
        <translation>Volver al catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="130"/>
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>¿Desea restaurar el catálogo que estaba instalado antes de la última actualización? Sus marcadores y notas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134"/>
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando el catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="138"/>
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="139"/>
        <source>Catalogue version %1 is in use again.</source>
        <translation>La versión %1 del catálogo vuelve a estar en uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="146"/>
        <source>Looking for catalogue updates…</source>
        <translation>Buscando actualizaciones del catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="152"/>
        <source>Catalogue updates</source>
        <translation>Actualizaciones del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="153"/>
        <source>No newer catalogue update was found in %1.</source>
        <translation>No se encontró ninguna actualización más reciente del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156"/>
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Se encontró una actualización del catálogo: versión %1, firmada por %2, en %3. ¿Desea revisarla ahora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="158"/>
        <source>Catalogue update available</source>
        <translation>Actualización del catálogo disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="171"/>
        <source>Suggest a practice</source>
        <translation>Proponer una práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="175"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="185"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="186"/>
        <source>Your name and office</source>
        <translation>Su nombre y oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="188"/>
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>Qué se hizo, quién lo hizo, en qué nivel de gobierno y qué resultados tuvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189"/>
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De dónde proceden los datos: un documento, una página web, una reunión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="191"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192"/>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="193"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="194"/>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195"/>
        <source>Approaches:</source>
        <translation>Enfoques:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="196"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="197"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="198"/>
        <source>Your name and office:</source>
        <translation>Su nombre y oficina:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="203"/>
        <source>Save contribution…</source>
        <translation>Guardar contribución…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="240"/>
        <source>Save the contribution in</source>
        <translation>Guardar la contribución en</translation>
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
        <location filename="../../desktop/ui/filter_panel.py" line="150"/>
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="154"/>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="30"/>
        <location filename="../../desktop/ui/filter_panel.py" line="47"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="49"/>
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Region and country</source>
        <translation>Región y país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="56"/>
        <source>GCM objective</source>
        <translation>Objetivo del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="119"/>
        <source>Only “%1”</source>
        <translation>Solo “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="121"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="123"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Busque prácticas: palabras, &quot;frase exacta&quot;, OR, -excluir, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevancia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Sort by title</source>
        <translation>Ordenar por título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Sort by country</source>
        <translation>Ordenar por país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Sort by year</source>
        <translation>Ordenar por año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>No practice matches this search.</source>
        <translation>Ninguna práctica coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Quitar todos los filtros&lt;/a&gt; para buscar en todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Pruebe con menos palabras o con otras, o explore con los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — buscar %2 en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Not found: %1</source>
        <translation>Sin resultados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Los resultados contienen algunas de sus palabras; ninguna práctica las tiene todas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>Suggest a practice…</source>
        <translation>Proponer una práctica…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Import update…</source>
        <translation>Importar actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>Check the inbox for updates</source>
        <translation>Buscar actualizaciones en la carpeta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>Roll back to the previous catalogue…</source>
        <translation>Volver al catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribución guardada en %1: envíe este archivo a los editores del catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>★ Bookmark</source>
        <translation>★ Marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Mi nota sobre esta práctica (se guarda automáticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91"/>
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
<context><!-- issue 12: save failures and damaged storage -->
    <name></name>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="23"/>
        <source>the catalogue shipped with the app (version %1)</source>
        <translation>el catálogo incluido con la aplicación (versión %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="25"/>
        <source>version %1</source>
        <translation>la versión %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="27"/>
        <source>The record of the installed catalogue (current.json) is damaged; showing %3.</source>
        <translation>El registro del catálogo instalado (current.json) está dañado; se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="28"/>
        <source>No installed catalogue is recorded (current.json is missing), but version %1 is kept in the catalogues folder; showing %3. Import the update again to use it.</source>
        <translation>No hay ningún catálogo instalado registrado (falta current.json), pero la versión %1 se conserva en la carpeta de catálogos; se muestra %3. Importe de nuevo la actualización para usarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="30"/>
        <source>The installed catalogue version %1 is incomplete (its catalogue.db or install.json is missing); showing %3.</source>
        <translation>La versión %1 del catálogo instalado está incompleta (falta su catalogue.db o install.json); se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="32"/>
        <source>The installed catalogue version %1 is damaged (%2); showing %3.</source>
        <translation>La versión %1 del catálogo instalado está dañada (%2); se muestra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="34"/>
        <source>Import the update again to repair it.</source>
        <translation>Importe de nuevo la actualización para repararlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="50"/>
        <source>Catalogue warning</source>
        <translation>Aviso sobre el catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="32"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="33"/>
        <source>the folder holding your data cannot be written</source>
        <translation>no se puede escribir en la carpeta de sus datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="50"/>
        <source>Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps trying to save it.</source>
        <translation>No se pudo guardar su nota sobre «%1»: %2. Sigue en el editor; la aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="52"/>
        <source>Your bookmark could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su marcador: %1. La aplicación sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="53"/>
        <source>Your saved search could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su búsqueda: %1. La aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="54"/>
        <source>Your settings could not be saved: %1. The app keeps trying to save them.</source>
        <translation>No se pudo guardar su configuración: %1. La aplicación sigue intentando guardarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="55"/>
        <source>Your search history could not be saved: %1. The app keeps trying to save it.</source>
        <translation>No se pudo guardar su historial de búsquedas: %1. La aplicación sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="78"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="79"/>
        <source>Copy unsaved text</source>
        <translation>Copiar el texto no guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="132"/>
        <source>Everything you changed is saved now.</source>
        <translation>Todos sus cambios están guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="169"/>
        <source>The unsaved text is on the clipboard: paste it somewhere safe.</source>
        <translation>El texto no guardado está en el portapapeles: péguelo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="179"/>
        <source>Changes waiting to be saved: %1</source>
        <translation>Cambios pendientes de guardar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="195"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="196"/>
        <source>Some of your changes could not be saved: %1. If you close now, they are lost.</source>
        <translation>Algunos de sus cambios no se pudieron guardar: %1. Si cierra ahora, se perderán.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="198"/>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="199"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="29"/>
        <source>A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, %3 saved searches. The damaged file is kept at %4.</source>
        <translation>Se creó un nuevo user.db con lo que se pudo leer del dañado: %1 notas, %2 marcadores, %3 búsquedas guardadas. El archivo dañado se conserva en %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="42"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="43"/>
        <source>Your bookmarks and notes (%1) are damaged: %2.</source>
        <translation>Sus marcadores y notas (%1) están dañados: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="45"/>
        <source>The app can move the damaged file aside (it is kept, named with today's date), start a new one, and copy into it everything that can still be read.</source>
        <translation>La aplicación puede apartar el archivo dañado (se conserva, con la fecha de hoy en el nombre), crear uno nuevo y copiar en él todo lo que aún se pueda leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="47"/>
        <source>Recover and open</source>
        <translation>Recuperar y abrir</translation>
    </message>
</context>
</TS>
