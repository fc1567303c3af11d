<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36"/>
        <source>Brief of this practice</source>
        <translation>Ficha desta prática</translation>
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
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="39"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas das práticas favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43"/>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="54"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>No bookmarks yet</source>
        <translation>Ainda não há favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>My notes</source>
        <translation>Minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>&amp;Searches</source>
        <translation>&amp;Pesquisas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Save this search…</source>
        <translation>Salvar esta pesquisa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81"/>
        <source>Delete a saved search</source>
        <translation>Apagar uma pesquisa salva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="84"/>
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="86"/>
        <source>(filters only)</source>
        <translation>(apenas filtros)</translation>
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
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116"/>
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>(everything)</source>
        <translation>(todo o catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="166"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Práticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Where</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n prática exportada.</numerusform>
            <numerusform>%n práticas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Save this search</source>
        <translation>Salvar esta pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Name of the search:</source>
        <translation>Nome da pesquisa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Approaches</source>
        <translation>Abordagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>GCM objectives</source>
        <translation>Objetivos do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>GCM principles</source>
        <translation>Princípios orientadores do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>SDG targets</source>
        <translation>Metas dos ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Related practices</source>
        <translation>Práticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <location filename="../../desktop/ui/pages.py" line="92"/>
        <source>Policy-area guidance</source>
        <translation>Orientações da área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>(no longer in the catalogue)</source>
        <translation>(já não está no catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Also known as</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Last reviewed</source>
        <translation>Última revisão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="80"/>
        <source>Removed by an update</source>
        <translation>Removida por uma atualização</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="149"/>
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="152"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="160"/>
        <source>Clear all</source>
        <translation>Remover todos</translation>
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
        <translation>Remover todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48"/>
        <source>Remove every filter</source>
        <translation>Remover todos os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Level of government</source>
        <translation>Nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Region and country</source>
        <translation>Região e país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>GCM objective</source>
        <translation>Objetivo do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="118"/>
        <source>Only “%1”</source>
        <translation>Apenas “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="120"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="122"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Pesquise práticas: palavras, &quot;frase exata&quot;, OR, -excluir, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevância</translation>
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
        <translation>Ordenar por ano</translation>
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
        <translation>Mostrar mais resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Did you mean: %1?</source>
        <translation>Quis dizer %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>No practice matches this search.</source>
        <translation>Nenhuma prática corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Remover todos os filtros&lt;/a&gt; para pesquisar em todo o catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Tente usar menos palavras ou outras, ou navegue com os filtros.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="82"/>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>★ Bookmark</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Minha nota sobre esta prática (salva automaticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
        <source>Practice text</source>
        <translation>Texto da prática</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="30"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Follow the system</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="40"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42"/>
        <location filename="../../desktop/ui/dialogs.py" line="63"/>
        <source>Folder checked for updates</source>
        <translation>Pasta onde procurar atualizações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43"/>
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ex., um pen drive ou uma pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53"/>
        <source>Text size:</source>
        <translation>Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Also look for updates in:</source>
        <translation>Procurar atualizações também em:</translation>
    </message>
</context>
</TS>
