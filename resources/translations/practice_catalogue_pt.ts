<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/menus.py" line="53" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56" />
        <source>Brief of this practice</source>
        <translation>Ficha desta prática</translation>
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
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59" />
        <source>Brief of bookmarked practices</source>
        <translation>Fichas das práticas favoritas</translation>
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
        <translation>Incluir minhas notas nas fichas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70" />
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77" />
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="78" />
        <location filename="../../desktop/ui/user_data_dialog.py" line="48" />
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81" />
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="82" />
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="83" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="86" />
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="91" />
        <location filename="../../desktop/ui/menus.py" line="98" />
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95" />
        <source>No bookmarks yet</source>
        <translation>Ainda não há favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96" />
        <source>My notes</source>
        <translation>Minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>&amp;Searches</source>
        <translation>&amp;Pesquisas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Save this search…</source>
        <translation>Salvar esta pesquisa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="112" />
        <source>Delete a saved search</source>
        <translation>Apagar uma pesquisa salva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116" />
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>(filters only)</source>
        <translation>(apenas filtros)</translation>
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
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127" />
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="130" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="132" />
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="133" />
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="134" />
        <location filename="../../desktop/ui/start_page.py" line="102" />
        <source>Searching</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="135" />
        <location filename="../../desktop/ui/start_page.py" line="123" />
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="137" />
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="40" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="190" />
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="40" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="191" />
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="46" />
        <location filename="../../desktop/ui/workshop_pack.py" line="166" />
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="48" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 salvo (%n página).</numerusform>
            <numerusform>%1 salvo (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="57" />
        <source>catalogue version %1</source>
        <translation>versão %1 do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="58" />
        <location filename="../../desktop/ui/start_page.py" line="62" />
        <location filename="../../desktop/ui/user_data_dialog.py" line="42" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="88" />
        <source>Bookmarked practices</source>
        <translation>Práticas favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="108" />
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="113" />
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="124" />
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="124" />
        <source>(everything)</source>
        <translation>(todo o catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="125" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="126" />
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Práticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <source>Where</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <location filename="../../desktop/ui/briefs.py" line="139" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="223" />
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="128" />
        <location filename="../../desktop/ui/briefs.py" line="140" />
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="134" />
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="134" />
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="143" />
        <location filename="../../desktop/ui/updates_ui.py" line="300" />
        <source>The file could not be written: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="145" />
        <source>%n practice(s) exported to %1.</source>
        <translation>
            <numerusform>%n prática exportada para %1.</numerusform>
            <numerusform>%n práticas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="160" />
        <source>Save this search</source>
        <translation>Salvar esta pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="161" />
        <source>Name of the search:</source>
        <translation>Nome da pesquisa:</translation>
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
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="140" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <location filename="../../desktop/ui/updates_ui.py" line="223" />
        <source>Approaches</source>
        <translation>Abordagens</translation>
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
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>GCM objectives</source>
        <translation>Objetivos do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>GCM principles</source>
        <translation>Princípios orientadores do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>SDG targets</source>
        <translation>Metas dos ODS</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <source>Related practices</source>
        <translation>Práticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <location filename="../../desktop/ui/pages.py" line="137" />
        <source>Policy-area guidance</source>
        <translation>Orientações da área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>(no longer in the catalogue)</source>
        <translation>(já não está no catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40" />
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40" />
        <source>Also known as</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41" />
        <source>Last reviewed</source>
        <translation>Última revisão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41" />
        <source>section</source>
        <translation>seção</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66" />
        <source>This is the catalogue's translation of its English entry.</source>
        <translation>Esta é a tradução do catálogo de sua ficha em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="68" />
        <source>The English entry has changed since it was translated.</source>
        <translation>A ficha em inglês mudou desde que foi traduzida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69" />
        <source>Show in English</source>
        <translation>Ver em inglês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="71" />
        <source>This is the English original.</source>
        <translation>Este é o original em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72" />
        <source>Show the translation</source>
        <translation>Ver a tradução</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="74" />
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha ainda não foi traduzida; este é o texto em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104" />
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111" />
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="117" />
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta prática já não está no catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="118" />
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Uma atualização a removeu. A nota e o favorito foram mantidos abaixo; apague-os quando não precisar mais deles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120" />
        <source>Removed by an update</source>
        <translation>Removida por uma atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="127" />
        <source>No guidance for this policy area.</source>
        <translation>Não há orientações para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="48" />
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="48" />
        <source>This is an older version than the one installed.</source>
        <translation>Esta versão é anterior à instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Published</source>
        <translation>Data de publicação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Signed by</source>
        <translation>Assinada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="49" />
        <source>Practices after the update</source>
        <translation>Práticas após a atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Changed</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50" />
        <source>Removed</source>
        <translation>Removidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51" />
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Os favoritos e as notas são mantidos. O catálogo atual também é mantido: Arquivo → Voltar ao catálogo anterior o restaura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/updates_ui.py" line="53" />
        <source>This update removes %n practice(s) you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</source>
        <translation>
            <numerusform>Esta atualização remove %n prática que você marcou como favorita ou anotou. Ela deixará de aparecer nas pesquisas; suas notas e favoritos ficam, em Favoritos, marcados (removida):</numerusform>
            <numerusform>Esta atualização remove %n práticas que você marcou como favoritas ou anotou. Elas deixarão de aparecer nas pesquisas; suas notas e favoritos ficam, em Favoritos, marcados (removida):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="56" />
        <source>Catalogue version %1 → %2</source>
        <translation>Versão do catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="80" />
        <location filename="../../desktop/ui/updates_ui.py" line="115" />
        <source>Import catalogue update</source>
        <translation>Importar atualização do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="84" />
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="116" />
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Atualizações do catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="127" />
        <source>Checking the update…</source>
        <translation>Verificando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134" />
        <source>This update holds catalogue version %1, and version %2 is installed: it is not newer, so nothing was changed. To go back to the catalogue you had before the last update, use File → Roll back to the previous catalogue.</source>
        <translation>Esta atualização contém a versão %1 do catálogo e está instalada a versão %2: não é mais recente, por isso nada foi alterado. Para voltar ao catálogo que tinha antes da última atualização, use Arquivo → Voltar ao catálogo anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="151" />
        <source>Installing the update…</source>
        <translation>Instalando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="155" />
        <source>Catalogue updated</source>
        <translation>Catálogo atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156" />
        <source>Catalogue version %1 is installed.</source>
        <translation>A versão %1 do catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="159" />
        <source>Roll back the catalogue</source>
        <translation>Voltar ao catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="160" />
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>Restaurar o catálogo que estava instalado antes da última atualização? Os favoritos e as notas são mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="165" />
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando o catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="169" />
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="170" />
        <source>Catalogue version %1 is in use again.</source>
        <translation>A versão %1 do catálogo está novamente em uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="182" />
        <source>The inbox %1 cannot be created here (the folder is read-only).</source>
        <translation>A caixa de entrada %1 não pode ser criada aqui (a pasta é somente leitura).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="185" />
        <source>Looking for catalogue updates…</source>
        <translation>Procurando atualizações do catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="50" />
        <source>One web address per line, e.g. https://example.org/catalogue</source>
        <translation>Um endereço web por linha, p. ex. https://example.org/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="51" />
        <source>Mirrors checked for updates</source>
        <translation>Espelhos consultados para atualizações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="53" />
        <source>A server on this office's own network, e.g. http://192.168.1.20/catalogue</source>
        <translation>Um servidor na rede deste escritório, p. ex. http://192.168.1.20/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="54" />
        <source>Local mirrors (plain HTTP allowed)</source>
        <translation>Espelhos locais (HTTP sem cifra permitido)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="63" />
        <source>Mirrors:</source>
        <translation>Espelhos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="64" />
        <source>Local mirrors:</source>
        <translation>Espelhos locais:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="124" />
        <source>Downloading catalogue version %1</source>
        <translation>Baixando a versão %1 do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="140" />
        <source>%1 of %2 downloaded, %3 remaining</source>
        <translation>%1 de %2 baixados, faltam %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="200" />
        <source>No mirror is set: add the web address of one in File → Settings.</source>
        <translation>Nenhum espelho está definido: adicione o endereço web de um em Arquivo → Configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="203" />
        <source>Checking the mirrors for catalogue updates…</source>
        <translation>Procurando atualizações do catálogo nos espelhos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="232" />
        <location filename="../../desktop/ui/updates_ui.py" line="191" />
        <source>Catalogue updates</source>
        <translation>Atualizações do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="233" />
        <source>The catalogue is up to date (version %1).</source>
        <translation>O catálogo está atualizado (versão %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="236" />
        <source>Catalogue version %1 is available (%2).</source>
        <translation>A versão %1 do catálogo está disponível (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="240" />
        <source>%1 of it was downloaded before.</source>
        <translation>%1 já foram baixados antes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="242" />
        <source>Download it now?</source>
        <translation>Baixá-la agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="269" />
        <source>The download was cancelled; the next download resumes where it stopped.</source>
        <translation>O download foi cancelado; o próximo continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192" />
        <source>No newer catalogue update was found in %1.</source>
        <translation>Nenhuma atualização mais recente do catálogo foi encontrada em %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195" />
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Foi encontrada uma atualização do catálogo: versão %1, assinada por %2, em %3. Deseja revisá-la agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="241" />
        <location filename="../../desktop/ui/updates_ui.py" line="197" />
        <source>Catalogue update available</source>
        <translation>Atualização do catálogo disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="210" />
        <source>Suggest a practice</source>
        <translation>Sugerir uma prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="214" />
        <source>(not said)</source>
        <translation>(não informado)</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="225" />
        <source>Your name and office</source>
        <translation>Seu nome e órgão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="227" />
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>O que foi feito, por quem, em qual nível de governo e quais foram os resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="228" />
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De onde vêm as informações: um documento, uma página da web, uma reunião</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="230" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="231" />
        <source>Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="232" />
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="233" />
        <source>Levels:</source>
        <translation>Níveis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="234" />
        <source>Approaches:</source>
        <translation>Abordagens:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="235" />
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="236" />
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="237" />
        <source>Your name and office:</source>
        <translation>Seu nome e órgão:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="242" />
        <source>Save contribution…</source>
        <translation>Salvar contribuição…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="290" />
        <source>Save the contribution in</source>
        <translation>Salvar a contribuição em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="73" />
        <source>Reading lists</source>
        <translation>Listas de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="91" />
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="92" />
        <source>Show reading lists</source>
        <translation>Mostrar as listas de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="96" />
        <source>Add this practice to</source>
        <translation>Adicionar esta prática a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="108" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="110" />
        <source>New list…</source>
        <translation>Nova lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="111" />
        <source>Import a list…</source>
        <translation>Importar uma lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="113" />
        <source>Export this list…</source>
        <translation>Exportar esta lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="114" />
        <source>Workshop pack of this list…</source>
        <translation>Material da oficina desta lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="135" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>Workshop pack</source>
        <translation>Material da oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="138" />
        <source>A cover, a contents page and each practice of “%1” in the interface language, with your comments.</source>
        <translation>Uma capa, um sumário e cada prática de “%1” no idioma da interface, com os seus comentários.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="141" />
        <source>Include my &amp;notes on these practices</source>
        <translation>Incluir as minhas &amp;notas sobre estas práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="186" />
        <source>Workshop pack sent to the printer.</source>
        <translation>Material da oficina enviado para a impressora.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="198" />
        <source>Making the workshop pack…</source>
        <translation>Preparando o material da oficina…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reading_lists_menu.py" line="202" />
        <source>Workshop pack saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Material da oficina salvo: %1 (%n página).</numerusform>
            <numerusform>Material da oficina salvo: %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="38" />
        <source>not in this catalogue (version %1)</source>
        <translation>não está neste catálogo (versão %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="39" />
        <source>not in this catalogue</source>
        <translation>não está neste catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="82" />
        <source>Practice Catalogue, catalogue %1, version %2</source>
        <translation>Catálogo de Práticas, catálogo %1, versão %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="99" />
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="112" />
        <source>Trainer’s comment</source>
        <translation>Comentário do formador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By approach</source>
        <translation>Por abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By level of government</source>
        <translation>Por nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61" />
        <source>By region</source>
        <translation>Por região</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/start_page.py" line="63" />
        <source>%n practice(s) of multi-level governance of migration, to search, filter, read and print.</source>
        <translation>
            <numerusform>%n prática de governança multinível da migração, para pesquisar, filtrar, ler e imprimir.</numerusform>
            <numerusform>%n práticas de governança multinível da migração, para pesquisar, filtrar, ler e imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73" />
        <source>Try a search</source>
        <translation>Experimente uma pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73" />
        <source>Filtering and excluding</source>
        <translation>Filtrar e excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="77" />
        <source>Tick values in the Filters panel to keep only the practices that have them. Several values of one field mean any of them; values of different fields must all be there.</source>
        <translation>Marque valores no painel Filtros para manter só as práticas que os têm. Vários valores do mesmo campo significam qualquer um deles; valores de campos diferentes precisam estar todos presentes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="79" />
        <source>To leave practices out, right-click a value (or press Shift+F10 or the Menu key) and choose Exclude; Ctrl+click does the same. “Only” keeps just that value.</source>
        <translation>Para deixar práticas de fora, clique com o botão direito num valor (ou pressione Shift+F10 ou a tecla Menu) e escolha Excluir; Ctrl+clique faz o mesmo. “Apenas” mantém só esse valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81" />
        <source>The active filters are shown above the results: click one to remove it, or Clear all.</source>
        <translation>Os filtros ativos aparecem acima dos resultados: clique em um para removê-lo, ou em Remover todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82" />
        <source>More in Help → Searching and Help → Keyboard shortcuts.</source>
        <translation>Mais em Ajuda → Pesquisar e Ajuda → Atalhos de teclado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90" />
        <source>Practices with more of your words come first; spelling mistakes are corrected.</source>
        <translation>As práticas com mais das suas palavras aparecem primeiro; erros de digitação são corrigidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91" />
        <source>Quotation marks: the words next to each other, in this order.</source>
        <translation>Aspas: as palavras juntas, nesta ordem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92" />
        <source>A plus sign: only practices that have this word.</source>
        <translation>Um sinal de mais: só as práticas que têm esta palavra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="93" />
        <source>A minus sign (or NOT): leave out practices that have this word.</source>
        <translation>Um sinal de menos (ou NOT): deixa de fora as práticas que têm esta palavra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="94" />
        <source>OR in capitals: either word will do.</source>
        <translation>OR em maiúsculas: qualquer uma das palavras serve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="95" />
        <source>A field and a value: practices filed under it. Field names work in every interface language (country, país, pays; level, nivel, niveau…).</source>
        <translation>Um campo e um valor: as práticas classificadas assim. Os nomes de campo valem em todos os idiomas da interface (país, country, pays; nível, level, niveau…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="97" />
        <source>Words in one part of the text only: title, summary, body.</source>
        <translation>Palavras só numa parte do texto: titulo, resumo, texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="98" />
        <source>An asterisk: every word that starts so (at least two letters).</source>
        <translation>Um asterisco: todas as palavras que começam assim (pelo menos duas letras).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="102" />
        <source>Click an example to run it.</source>
        <translation>Clique num exemplo para executá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="103" />
        <source>Words are found in the interface language and in English, with or without accents.</source>
        <translation>As palavras são procuradas no idioma da interface e em inglês, com ou sem acentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="104" />
        <source>A search applies within what the filters keep.</source>
        <translation>A pesquisa se aplica ao que os filtros mantêm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114" />
        <source>Down</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114" />
        <source>From the search field to the results</source>
        <translation>Do campo de pesquisa para os resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115" />
        <source>Run the search; in the results, open the practice</source>
        <translation>Executa a pesquisa; nos resultados, abre a prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116" />
        <source>In the search field: clear it, then the filters</source>
        <translation>No campo de pesquisa: limpa-o, depois os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="117" />
        <source>Search, sort, filters, results, reader's buttons, text, note</source>
        <translation>Pesquisa, ordenação, filtros, resultados, botões do leitor, texto, nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118" />
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118" />
        <source>In the filters: tick or untick the value</source>
        <translation>Nos filtros: marca ou desmarca o valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119" />
        <source>Shift+F10 or Menu key</source>
        <translation>Shift+F10 ou tecla Menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119" />
        <source>In the filters: Only, Exclude, Remove</source>
        <translation>Nos filtros: Apenas, Excluir, Remover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120" />
        <source>Ctrl+click</source>
        <translation>Ctrl+clique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120" />
        <source>In the filters: exclude the value</source>
        <translation>Nos filtros: exclui o valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="23" />
        <source>the catalogue shipped with the app (version %1)</source>
        <translation>o catálogo que vem com o aplicativo (versão %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="25" />
        <source>version %1</source>
        <translation>a versão %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="27" />
        <source>The record of the installed catalogue (current.json) is damaged; showing %3.</source>
        <translation>O registro do catálogo instalado (current.json) está danificado; mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="28" />
        <source>No installed catalogue is recorded (current.json is missing), but version %1 is kept in the catalogues folder; showing %3. Import the update again to use it.</source>
        <translation>Nenhum catálogo instalado está registrado (falta current.json), mas a versão %1 está guardada na pasta dos catálogos; mostrando %3. Importe novamente a atualização para usá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="30" />
        <source>The installed catalogue version %1 is incomplete (its catalogue.db or install.json is missing); showing %3.</source>
        <translation>A versão %1 do catálogo instalado está incompleta (falta o seu catalogue.db ou install.json); mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="32" />
        <source>The installed catalogue version %1 is damaged (%2); showing %3.</source>
        <translation>A versão %1 do catálogo instalado está danificada (%2); mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="34" />
        <source>Import the update again to repair it.</source>
        <translation>Importe novamente a atualização para o reparar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="50" />
        <source>Catalogue warning</source>
        <translation>Aviso sobre o catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="32" />
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="33" />
        <source>the folder holding your data cannot be written</source>
        <translation>não é possível gravar na pasta dos seus dados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34" />
        <source>the disk reported an error</source>
        <translation>o disco informou um erro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34" />
        <source>another program is using the file</source>
        <translation>outro programa está a usar o arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="50" />
        <source>Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps trying to save it.</source>
        <translation>Não foi possível salvar a sua nota sobre “%1”: %2. Ela continua no editor; o aplicativo continua tentando salvá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="52" />
        <source>Your bookmark could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar o seu marcador: %1. O aplicativo continua tentando salvá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="53" />
        <source>Your saved search could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar a sua pesquisa: %1. O aplicativo continua tentando salvá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="54" />
        <source>Your settings could not be saved: %1. The app keeps trying to save them.</source>
        <translation>Não foi possível salvar as suas configurações: %1. O aplicativo continua tentando salvá-las.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="55" />
        <source>Your search history could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar o seu histórico de pesquisas: %1. O aplicativo continua tentando salvá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="78" />
        <source>Retry now</source>
        <translation>Tentar novamente agora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="79" />
        <source>Copy unsaved text</source>
        <translation>Copiar o texto não salvo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="132" />
        <source>Everything you changed is saved now.</source>
        <translation>Todas as suas alterações estão salvas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="169" />
        <source>The unsaved text is on the clipboard: paste it somewhere safe.</source>
        <translation>O texto não salvo está na área de transferência: cole-o num lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="179" />
        <source>Changes waiting to be saved: %1</source>
        <translation>Alterações à espera de serem salvas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="195" />
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="196" />
        <source>Some of your changes could not be saved: %1. If you close now, they are lost.</source>
        <translation>Algumas das suas alterações não puderam ser salvas: %1. Se fechar agora, elas serão perdidas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="198" />
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="199" />
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="29" />
        <source>A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, %3 saved searches. The damaged file is kept at %4.</source>
        <translation>Foi criado um novo user.db com o que se pôde ler do danificado: %1 notas, %2 marcadores, %3 pesquisas salvas. O arquivo danificado está guardado em %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="43" />
        <source>Your bookmarks and notes (%1) are damaged: %2.</source>
        <translation>Os seus marcadores e notas (%1) estão danificados: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="45" />
        <source>The app can move the damaged file aside (it is kept, named with today's date), start a new one, and copy into it everything that can still be read.</source>
        <translation>O aplicativo pode pôr de lado o arquivo danificado (ele é guardado, com a data de hoje no nome), criar um novo e copiar para ele tudo o que ainda pode ser lido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="47" />
        <source>Recover and open</source>
        <translation>Recuperar e abrir</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81" />
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>Signed by</source>
        <translation>Assinado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Um catálogo offline de práticas de governança multinível da migração.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Built</source>
        <translation>Data de geração</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="86" />
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="86" />
        <source>Sources (practices citing each)</source>
        <translation>Fontes (práticas que citam cada uma)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="87" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="290" />
        <source>No filters: tick values on the left to narrow the results.</source>
        <translation>Sem filtros: marque valores à esquerda para restringir os resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="313" />
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="316" />
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="317" />
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="325" />
        <source>Clear all</source>
        <translation>Remover todos</translation>
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
        <translation>Remover todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="158" />
        <source>Remove every filter</source>
        <translation>Remover todos os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162" />
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162" />
        <source>Level of government</source>
        <translation>Nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163" />
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163" />
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164" />
        <source>Region and country</source>
        <translation>Região e país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="165" />
        <source>GCM objective</source>
        <translation>Objetivo do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="261" />
        <source>Only “%1”</source>
        <translation>Apenas “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="263" />
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="265" />
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <location filename="../../desktop/ui/main_window.py" line="409" />
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171" />
        <source>Search practices: words, "exact phrase", OR, -exclude, country:ecuador, prefix*</source>
        <translation>Pesquise práticas: palavras, "frase exata", OR, -excluir, país:equador, migra*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>Sort by relevance</source>
        <translation>Ordenar por relevância</translation>
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
        <translation>Ordenar por ano</translation>
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
        <translation>Mostrar mais resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273" />
        <source>Did you mean: %1?</source>
        <translation>Quis dizer %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256" />
        <source>No practice matches this search.</source>
        <translation>Nenhuma prática corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258" />
        <source>&lt;a href="clear"&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href="clear"&gt;Remover todos os filtros&lt;/a&gt; para pesquisar em todo o catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Tente usar menos palavras ou outras, ou navegue com os filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276" />
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — pesquisar %2 em vez disso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Os resultados contêm algumas das suas palavras; nenhuma prática tem todas elas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368" />
        <source>Suggest a practice…</source>
        <translation>Sugerir uma prática…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372" />
        <source>Import update…</source>
        <translation>Importar atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373" />
        <source>Check the inbox for updates</source>
        <translation>Procurar atualizações na pasta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374" />
        <source>Roll back to the previous catalogue…</source>
        <translation>Voltar ao catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382" />
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribuição salva em %1: envie este arquivo aos editores do catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="123" />
        <source>The search index was damaged; it has been rebuilt from the catalogue.</source>
        <translation>O índice de pesquisa estava danificado; foi reconstruído a partir do catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91" />
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="92" />
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="93" />
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="94" />
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="95" />
        <source>★ Bookmark</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="96" />
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="97" />
        <source>My note on this practice (saved automatically):</source>
        <translation>Minha nota sobre esta prática (salva automaticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="98" />
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="99" />
        <source>Practice text</source>
        <translation>Texto da prática</translation>
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
        <translation>Lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="122" />
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="123" />
        <source>Make a new reading list</source>
        <translation>Criar uma nova lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="124" />
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="125" />
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="126" />
        <source>Delete this reading list (the practices stay in the catalogue)</source>
        <translation>Excluir esta lista de leitura (as práticas continuam no catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="127" />
        <source>Practices in this list</source>
        <translation>Práticas desta lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="128" />
        <source>Enter opens a practice; drag or Ctrl+Up/Ctrl+Down reorders; Delete removes it from the list</source>
        <translation>Enter abre uma prática; arrastar ou Ctrl+Cima/Ctrl+Baixo muda a ordem; Delete a remove da lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="130" />
        <source>No reading list yet. Make one with New…, then add the practice open in the reader.</source>
        <translation>Ainda não há listas de leitura. Crie uma com Nova… e adicione a prática aberta no leitor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="132" />
        <source>&amp;Add the open practice</source>
        <translation>&amp;Adicionar a prática aberta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="133" />
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="134" />
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="135" />
        <source>Ctrl+Up</source>
        <translation>Ctrl+Cima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="136" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="137" />
        <source>Ctrl+Down</source>
        <translation>Ctrl+Baixo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="138" />
        <source>Trainer’s &amp;comment on this practice (saved automatically):</source>
        <translation>&amp;Comentário do formador sobre esta prática (salvo automaticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="139" />
        <source>Trainer’s comment</source>
        <translation>Comentário do formador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="140" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="141" />
        <source>Add a reading list from a .pclist file</source>
        <translation>Adicionar uma lista de leitura de um arquivo .pclist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="142" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="143" />
        <source>Save this list as a .pclist file to share</source>
        <translation>Salvar esta lista como arquivo .pclist para compartilhar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="144" />
        <source>Workshop &amp;pack…</source>
        <translation>Material da &amp;oficina…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="145" />
        <source>Print or save as PDF a pack of this list's practices</source>
        <translation>Imprimir ou salvar como PDF um material com as práticas desta lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="255" />
        <source>Remove from the list</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="256" />
        <source>Remove this practice and your comment on it from the list?</source>
        <translation>Remover esta prática e o seu comentário da lista?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>New reading list</source>
        <translation>Nova lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>Name of the list:</source>
        <translation>Nome da lista:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="309" />
        <location filename="../../desktop/ui/reading_lists.py" line="358" />
        <source>This file cannot be imported as a reading list; nothing was changed.</source>
        <translation>Este arquivo não pode ser importado como lista de leitura; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>Rename the reading list</source>
        <translation>Renomear a lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="336" />
        <source>Delete the reading list</source>
        <translation>Excluir a lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="337" />
        <source>Delete the list “%1” and its comments? The practices stay in the catalogue, and your bookmarks and notes are kept.</source>
        <translation>Excluir a lista “%1” e os seus comentários? As práticas continuam no catálogo, e os seus favoritos e notas são mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="348" />
        <source>Import a reading list</source>
        <translation>Importar uma lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="349" />
        <location filename="../../desktop/ui/reading_lists.py" line="375" />
        <source>Reading lists (*.pclist)</source>
        <translation>Listas de leitura (*.pclist)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="374" />
        <source>Export the reading list</source>
        <translation>Exportar a lista de leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="394" />
        <source>Reading lists</source>
        <translation>Listas de leitura</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="31" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="34" />
        <source>Follow the system</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="36" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="41" />
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>Folder checked for updates</source>
        <translation>Pasta onde procurar atualizações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44" />
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ex., um pen drive ou uma pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="45" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>Text size:</source>
        <translation>Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="55" />
        <source>Also look for updates in:</source>
        <translation>Procurar atualizações também em:</translation>
    </message>
</context>
</TS>
