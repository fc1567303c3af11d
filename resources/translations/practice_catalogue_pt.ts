<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="50"/>
        <source>Brief of this practice</source>
        <translation>Ficha desta prática</translation>
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
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="53"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas das práticas favoritas</translation>
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
        <translation>Incluir minhas notas nas fichas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="76"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85"/>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="89"/>
        <source>No bookmarks yet</source>
        <translation>Ainda não há favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90"/>
        <source>My notes</source>
        <translation>Minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>&amp;Searches</source>
        <translation>&amp;Pesquisas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>Save this search…</source>
        <translation>Salvar esta pesquisa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>Delete a saved search</source>
        <translation>Apagar uma pesquisa salva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107"/>
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109"/>
        <source>(filters only)</source>
        <translation>(apenas filtros)</translation>
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
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="120"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121"/>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="122"/>
        <location filename="../../desktop/ui/start_page.py" line="102"/>
        <source>Searching</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="123"/>
        <location filename="../../desktop/ui/start_page.py" line="123"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="39"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="39"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="45"/>
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="47"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 salvo (%n página).</numerusform>
            <numerusform>%1 salvo (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="56"/>
        <source>catalogue version %1</source>
        <translation>versão %1 do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="57"/>
        <location filename="../../desktop/ui/start_page.py" line="62"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="87"/>
        <source>Bookmarked practices</source>
        <translation>Práticas favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="107"/>
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="112"/>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="123"/>
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="123"/>
        <source>(everything)</source>
        <translation>(todo o catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="124"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="125"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Práticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <source>Where</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <location filename="../../desktop/ui/briefs.py" line="137"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="215"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="127"/>
        <location filename="../../desktop/ui/briefs.py" line="138"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="132"/>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="132"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="141"/>
        <location filename="../../desktop/ui/updates_ui.py" line="291"/>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="143"/>
        <source>%n practice(s) exported to %1.</source>
        <translation>
            <numerusform>%n prática exportada para %1.</numerusform>
            <numerusform>%n práticas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="148"/>
        <source>Save this search</source>
        <translation>Salvar esta pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="149"/>
        <source>Name of the search:</source>
        <translation>Nome da pesquisa:</translation>
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
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefs.py" line="138"/>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <location filename="../../desktop/ui/updates_ui.py" line="215"/>
        <source>Approaches</source>
        <translation>Abordagens</translation>
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
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>GCM objectives</source>
        <translation>Objetivos do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>GCM principles</source>
        <translation>Princípios orientadores do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>SDG targets</source>
        <translation>Metas dos ODS</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>Related practices</source>
        <translation>Práticas relacionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <location filename="../../desktop/ui/pages.py" line="137"/>
        <source>Policy-area guidance</source>
        <translation>Orientações da área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>(no longer in the catalogue)</source>
        <translation>(já não está no catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Also known as</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41"/>
        <source>Last reviewed</source>
        <translation>Última revisão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="41"/>
        <source>section</source>
        <translation>seção</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66"/>
        <source>This is the catalogue&apos;s translation of its English entry.</source>
        <translation>Esta é a tradução do catálogo de sua ficha em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="68"/>
        <source>The English entry has changed since it was translated.</source>
        <translation>A ficha em inglês mudou desde que foi traduzida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69"/>
        <source>Show in English</source>
        <translation>Ver em inglês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="71"/>
        <source>This is the English original.</source>
        <translation>Este é o original em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>Show the translation</source>
        <translation>Ver a tradução</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="74"/>
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha ainda não foi traduzida; este é o texto em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="117"/>
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta prática já não está no catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="118"/>
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Uma atualização a removeu. A nota e o favorito foram mantidos abaixo; apague-os quando não precisar mais deles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>Removed by an update</source>
        <translation>Removida por uma atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="127"/>
        <source>No guidance for this policy area.</source>
        <translation>Não há orientações para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="50"/>
        <source>This is an older version than the one installed.</source>
        <translation>Esta versão é anterior à instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Published</source>
        <translation>Data de publicação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Signed by</source>
        <translation>Assinada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="51"/>
        <source>Practices after the update</source>
        <translation>Práticas após a atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Changed</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="52"/>
        <source>Removed</source>
        <translation>Removidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="53"/>
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Os favoritos e as notas são mantidos. O catálogo atual também é mantido: Arquivo → Voltar ao catálogo anterior o restaura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/updates_ui.py" line="55"/>
        <source>This update removes %n practice(s) you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</source>
        <translation>
            <numerusform>Esta atualização remove %n prática que você marcou como favorita ou anotou. Ela deixará de aparecer nas pesquisas; suas notas e favoritos ficam, em Favoritos, marcados (removida):</numerusform>
            <numerusform>Esta atualização remove %n práticas que você marcou como favoritas ou anotou. Elas deixarão de aparecer nas pesquisas; suas notas e favoritos ficam, em Favoritos, marcados (removida):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="58"/>
        <source>Catalogue version %1 → %2</source>
        <translation>Versão do catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="82"/>
        <location filename="../../desktop/ui/updates_ui.py" line="117"/>
        <source>Import catalogue update</source>
        <translation>Importar atualização do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="86"/>
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="118"/>
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Atualizações do catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="128"/>
        <source>Checking the update…</source>
        <translation>Verificando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="135"/>
        <source>This update holds catalogue version %1, and version %2 is installed: it is not newer, so nothing was changed. To go back to the catalogue you had before the last update, use File → Roll back to the previous catalogue.</source>
        <translation>Esta atualização contém a versão %1 do catálogo e está instalada a versão %2: não é mais recente, por isso nada foi alterado. Para voltar ao catálogo que tinha antes da última atualização, use Arquivo → Voltar ao catálogo anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="152"/>
        <source>Installing the update…</source>
        <translation>Instalando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156"/>
        <source>Catalogue updated</source>
        <translation>Catálogo atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="157"/>
        <source>Catalogue version %1 is installed.</source>
        <translation>A versão %1 do catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="160"/>
        <source>Roll back the catalogue</source>
        <translation>Voltar ao catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="161"/>
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>Restaurar o catálogo que estava instalado antes da última atualização? Os favoritos e as notas são mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="165"/>
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando o catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="169"/>
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="170"/>
        <source>Catalogue version %1 is in use again.</source>
        <translation>A versão %1 do catálogo está novamente em uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="177"/>
        <source>Looking for catalogue updates…</source>
        <translation>Procurando atualizações do catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Catalogue updates</source>
        <translation>Atualizações do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>No newer catalogue update was found in %1.</source>
        <translation>Nenhuma atualização mais recente do catálogo foi encontrada em %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="187"/>
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Foi encontrada uma atualização do catálogo: versão %1, assinada por %2, em %3. Deseja revisá-la agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189"/>
        <source>Catalogue update available</source>
        <translation>Atualização do catálogo disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="202"/>
        <source>Suggest a practice</source>
        <translation>Sugerir uma prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="206"/>
        <source>(not said)</source>
        <translation>(não informado)</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="217"/>
        <source>Your name and office</source>
        <translation>Seu nome e órgão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="219"/>
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>O que foi feito, por quem, em qual nível de governo e quais foram os resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="220"/>
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De onde vêm as informações: um documento, uma página da web, uma reunião</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="222"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="223"/>
        <source>Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="224"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="225"/>
        <source>Levels:</source>
        <translation>Níveis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="226"/>
        <source>Approaches:</source>
        <translation>Abordagens:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="227"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="228"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="229"/>
        <source>Your name and office:</source>
        <translation>Seu nome e órgão:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="234"/>
        <source>Save contribution…</source>
        <translation>Salvar contribuição…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="281"/>
        <source>Save the contribution in</source>
        <translation>Salvar a contribuição em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By approach</source>
        <translation>Por abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By level of government</source>
        <translation>Por nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="61"/>
        <source>By region</source>
        <translation>Por região</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/start_page.py" line="63"/>
        <source>%n practice(s) of multi-level governance of migration, to search, filter, read and print.</source>
        <translation>
            <numerusform>%n prática de governança multinível da migração, para pesquisar, filtrar, ler e imprimir.</numerusform>
            <numerusform>%n práticas de governança multinível da migração, para pesquisar, filtrar, ler e imprimir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73"/>
        <source>Try a search</source>
        <translation>Experimente uma pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="73"/>
        <source>Filtering and excluding</source>
        <translation>Filtrar e excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="77"/>
        <source>Tick values in the Filters panel to keep only the practices that have them. Several values of one field mean any of them; values of different fields must all be there.</source>
        <translation>Marque valores no painel Filtros para manter só as práticas que os têm. Vários valores do mesmo campo significam qualquer um deles; valores de campos diferentes precisam estar todos presentes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="79"/>
        <source>To leave practices out, right-click a value (or press Shift+F10 or the Menu key) and choose Exclude; Ctrl+click does the same. “Only” keeps just that value.</source>
        <translation>Para deixar práticas de fora, clique com o botão direito num valor (ou pressione Shift+F10 ou a tecla Menu) e escolha Excluir; Ctrl+clique faz o mesmo. “Apenas” mantém só esse valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="81"/>
        <source>The active filters are shown above the results: click one to remove it, or Clear all.</source>
        <translation>Os filtros ativos aparecem acima dos resultados: clique em um para removê-lo, ou em Remover todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="82"/>
        <source>More in Help → Searching and Help → Keyboard shortcuts.</source>
        <translation>Mais em Ajuda → Pesquisar e Ajuda → Atalhos de teclado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="90"/>
        <source>Practices with more of your words come first; spelling mistakes are corrected.</source>
        <translation>As práticas com mais das suas palavras aparecem primeiro; erros de digitação são corrigidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="91"/>
        <source>Quotation marks: the words next to each other, in this order.</source>
        <translation>Aspas: as palavras juntas, nesta ordem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="92"/>
        <source>A plus sign: only practices that have this word.</source>
        <translation>Um sinal de mais: só as práticas que têm esta palavra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="93"/>
        <source>A minus sign (or NOT): leave out practices that have this word.</source>
        <translation>Um sinal de menos (ou NOT): deixa de fora as práticas que têm esta palavra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="94"/>
        <source>OR in capitals: either word will do.</source>
        <translation>OR em maiúsculas: qualquer uma das palavras serve.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="95"/>
        <source>A field and a value: practices filed under it. Field names work in every interface language (country, país, pays; level, nivel, niveau…).</source>
        <translation>Um campo e um valor: as práticas classificadas assim. Os nomes de campo valem em todos os idiomas da interface (país, country, pays; nível, level, niveau…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="97"/>
        <source>Words in one part of the text only: title, summary, body.</source>
        <translation>Palavras só numa parte do texto: titulo, resumo, texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="98"/>
        <source>An asterisk: every word that starts so (at least two letters).</source>
        <translation>Um asterisco: todas as palavras que começam assim (pelo menos duas letras).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="102"/>
        <source>Click an example to run it.</source>
        <translation>Clique num exemplo para executá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="103"/>
        <source>Words are found in the interface language and in English, with or without accents.</source>
        <translation>As palavras são procuradas no idioma da interface e em inglês, com ou sem acentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="104"/>
        <source>A search applies within what the filters keep.</source>
        <translation>A pesquisa se aplica ao que os filtros mantêm.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114"/>
        <source>Down</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="114"/>
        <source>From the search field to the results</source>
        <translation>Do campo de pesquisa para os resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="115"/>
        <source>Run the search; in the results, open the practice</source>
        <translation>Executa a pesquisa; nos resultados, abre a prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="116"/>
        <source>In the search field: clear it, then the filters</source>
        <translation>No campo de pesquisa: limpa-o, depois os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="117"/>
        <source>Search, sort, filters, results, reader&apos;s buttons, text, note</source>
        <translation>Pesquisa, ordenação, filtros, resultados, botões do leitor, texto, nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="118"/>
        <source>In the filters: tick or untick the value</source>
        <translation>Nos filtros: marca ou desmarca o valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119"/>
        <source>Shift+F10 or Menu key</source>
        <translation>Shift+F10 ou tecla Menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="119"/>
        <source>In the filters: Only, Exclude, Remove</source>
        <translation>Nos filtros: Apenas, Excluir, Remover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+clique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="120"/>
        <source>In the filters: exclude the value</source>
        <translation>Nos filtros: exclui o valor</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>Signed by</source>
        <translation>Assinado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Um catálogo offline de práticas de governança multinível da migração.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Built</source>
        <translation>Data de geração</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Sources (practices citing each)</source>
        <translation>Fontes (práticas que citam cada uma)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="289"/>
        <source>No filters: tick values on the left to narrow the results.</source>
        <translation>Sem filtros: marque valores à esquerda para restringir os resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="312"/>
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="315"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="316"/>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="324"/>
        <source>Clear all</source>
        <translation>Remover todos</translation>
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
        <translation>Remover todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="157"/>
        <source>Remove every filter</source>
        <translation>Remover todos os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Level of government</source>
        <translation>Nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="162"/>
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163"/>
        <source>Region and country</source>
        <translation>Região e país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="163"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="164"/>
        <source>GCM objective</source>
        <translation>Objetivo do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="260"/>
        <source>Only “%1”</source>
        <translation>Apenas “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="262"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="264"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Pesquise práticas: palavras, &quot;frase exata&quot;, OR, -excluir, país:equador, migra*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevância</translation>
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
        <translation>Ordenar por ano</translation>
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
        <translation>Mostrar mais resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Did you mean: %1?</source>
        <translation>Quis dizer %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>No practice matches this search.</source>
        <translation>Nenhuma prática corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Remover todos os filtros&lt;/a&gt; para pesquisar em todo o catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Tente usar menos palavras ou outras, ou navegue com os filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — pesquisar %2 em vez disso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Os resultados contêm algumas das suas palavras; nenhuma prática tem todas elas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>Suggest a practice…</source>
        <translation>Sugerir uma prática…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Import update…</source>
        <translation>Importar atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>Check the inbox for updates</source>
        <translation>Procurar atualizações na pasta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>Roll back to the previous catalogue…</source>
        <translation>Voltar ao catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribuição salva em %1: envie este arquivo aos editores do catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91"/>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="92"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="93"/>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="94"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="95"/>
        <source>★ Bookmark</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="96"/>
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="97"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Minha nota sobre esta prática (salva automaticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="98"/>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="99"/>
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
