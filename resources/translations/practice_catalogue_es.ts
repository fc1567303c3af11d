<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36"/>
        <source>Brief of this practice</source>
        <translation>Ficha de esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="37"/>
        <location filename="../../desktop/ui/menus.py" line="41"/>
        <location filename="../../desktop/ui/menus.py" line="44"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="38"/>
        <location filename="../../desktop/ui/menus.py" line="42"/>
        <location filename="../../desktop/ui/menus.py" line="45"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="39"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas de las prácticas con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43"/>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="54"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>No bookmarks yet</source>
        <translation>Aún no hay marcadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>&amp;Searches</source>
        <translation>&amp;Búsquedas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81"/>
        <source>Delete a saved search</source>
        <translation>Eliminar una búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="84"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="86"/>
        <source>(filters only)</source>
        <translation>(solo filtros)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116"/>
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>(everything)</source>
        <translation>(todo el catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="166"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Prácticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n práctica exportada.</numerusform>
            <numerusform>%n prácticas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Save this search</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
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
        <location filename="../../desktop/ui/pages.py" line="92"/>
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
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="80"/>
        <source>Removed by an update</source>
        <translation>Eliminada por una actualización</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>Acerca del Catálogo de Prácticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="149"/>
        <source>not</source>
        <translation>excepto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="152"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="160"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="29"/>
        <location filename="../../desktop/ui/filter_panel.py" line="46"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="47"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48"/>
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Region and country</source>
        <translation>Región y país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>GCM objective</source>
        <translation>Objetivo del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="118"/>
        <source>Only “%1”</source>
        <translation>Solo “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="120"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="122"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Prácticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Busque prácticas: palabras, &quot;frase exacta&quot;, OR, -excluir, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevancia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Sort by title</source>
        <translation>Ordenar por título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Sort by country</source>
        <translation>Ordenar por país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Sort by year</source>
        <translation>Ordenar por año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Show more results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Did you mean: %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>No practice matches this search.</source>
        <translation>Ninguna práctica coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Quitar todos los filtros&lt;/a&gt; para buscar en todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Pruebe con menos palabras o con otras, o explore con los filtros.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="82"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>★ Bookmark</source>
        <translation>★ Marcador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>Bookmark this practice</source>
        <translation>Agregar un marcador a esta práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Mi nota sobre esta práctica (se guarda automáticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
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
