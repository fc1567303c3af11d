<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="49"/>
        <source>Brief of this practice</source>
        <translation>Ficha desta prática</translation>
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
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fichas das práticas favoritas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="65"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79"/>
        <source>No bookmarks yet</source>
        <translation>Ainda não há favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>My notes</source>
        <translation>Minhas notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Searches</source>
        <translation>&amp;Pesquisas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>Save this search…</source>
        <translation>Salvar esta pesquisa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Delete a saved search</source>
        <translation>Apagar uma pesquisa salva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>Recent searches</source>
        <translation>Pesquisas recentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>(filters only)</source>
        <translation>(apenas filtros)</translation>
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
        <translation>Texto maior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108"/>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>About Practice Catalogue</source>
        <translation>Sobre o Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>(everything)</source>
        <translation>(todo o catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="180"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catálogo de Práticas: lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Where</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195"/>
        <location filename="../../desktop/ui/updates_ui.py" line="250"/>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="197"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n prática exportada.</numerusform>
            <numerusform>%n práticas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Save this search</source>
        <translation>Salvar esta pesquisa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Name of the search:</source>
        <translation>Nome da pesquisa:</translation>
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
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Approaches</source>
        <translation>Abordagens</translation>
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
        <location filename="../../desktop/ui/updates_ui.py" line="185"/>
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
        <location filename="../../desktop/ui/pages.py" line="130"/>
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
        <location filename="../../desktop/ui/pages.py" line="64"/>
        <source>This is the catalogue&apos;s translation of its English entry.</source>
        <translation>Esta é a tradução do catálogo de sua ficha em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66"/>
        <source>The English entry has changed since it was translated.</source>
        <translation>A ficha em inglês mudou desde que foi traduzida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="67"/>
        <source>Show in English</source>
        <translation>Ver em inglês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69"/>
        <source>This is the English original.</source>
        <translation>Este é o original em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="70"/>
        <source>Show the translation</source>
        <translation>Ver a tradução</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Esta ficha ainda não foi traduzida; este é o texto em inglês.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104"/>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="110"/>
        <source>This practice is no longer in the catalogue.</source>
        <translation>Esta prática já não está no catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Uma atualização a removeu. A nota e o favorito foram mantidos abaixo; apague-os quando não precisar mais deles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="113"/>
        <source>Removed by an update</source>
        <translation>Removida por uma atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>No guidance for this policy area.</source>
        <translation>Não há orientações para esta área de política.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>This is an older version than the one installed.</source>
        <translation>Esta versão é anterior à instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Published</source>
        <translation>Data de publicação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Signed by</source>
        <translation>Assinada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Practices after the update</source>
        <translation>Práticas após a atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Changed</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Removed</source>
        <translation>Removidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="42"/>
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Os favoritos e as notas são mantidos. O catálogo atual também é mantido: Arquivo → Voltar ao catálogo anterior o restaura.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="44"/>
        <source>Catalogue version %1 → %2</source>
        <translation>Versão do catálogo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="66"/>
        <location filename="../../desktop/ui/updates_ui.py" line="101"/>
        <source>Import catalogue update</source>
        <translation>Importar atualização do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="70"/>
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="102"/>
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Atualizações do catálogo (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="109"/>
        <source>Checking the update…</source>
        <translation>Verificando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="121"/>
        <source>Installing the update…</source>
        <translation>Instalando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="125"/>
        <source>Catalogue updated</source>
        <translation>Catálogo atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="126"/>
        <source>Catalogue version %1 is installed.</source>
        <translation>A versão %1 do catálogo está instalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="129"/>
        <source>Roll back the catalogue</source>
        <translation>Voltar ao catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="130"/>
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>Restaurar o catálogo que estava instalado antes da última atualização? Os favoritos e as notas são mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134"/>
        <source>Restoring the previous catalogue…</source>
        <translation>Restaurando o catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="138"/>
        <source>Catalogue restored</source>
        <translation>Catálogo restaurado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="139"/>
        <source>Catalogue version %1 is in use again.</source>
        <translation>A versão %1 do catálogo está novamente em uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="146"/>
        <source>Looking for catalogue updates…</source>
        <translation>Procurando atualizações do catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="152"/>
        <source>Catalogue updates</source>
        <translation>Atualizações do catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="153"/>
        <source>No newer catalogue update was found in %1.</source>
        <translation>Nenhuma atualização mais recente do catálogo foi encontrada em %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156"/>
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Foi encontrada uma atualização do catálogo: versão %1, assinada por %2, em %3. Deseja revisá-la agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="158"/>
        <source>Catalogue update available</source>
        <translation>Atualização do catálogo disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="171"/>
        <source>Suggest a practice</source>
        <translation>Sugerir uma prática</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="175"/>
        <source>(not said)</source>
        <translation>(não informado)</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="186"/>
        <source>Your name and office</source>
        <translation>Seu nome e órgão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="188"/>
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>O que foi feito, por quem, em qual nível de governo e quais foram os resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189"/>
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>De onde vêm as informações: um documento, uma página da web, uma reunião</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="191"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192"/>
        <source>Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="193"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="194"/>
        <source>Levels:</source>
        <translation>Níveis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195"/>
        <source>Approaches:</source>
        <translation>Abordagens:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="196"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="197"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="198"/>
        <source>Your name and office:</source>
        <translation>Seu nome e órgão:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="203"/>
        <source>Save contribution…</source>
        <translation>Salvar contribuição…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="240"/>
        <source>Save the contribution in</source>
        <translation>Salvar a contribuição em</translation>
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
        <location filename="../../desktop/ui/filter_panel.py" line="150"/>
        <source>not</source>
        <translation>exceto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="154"/>
        <source>Remove filter %1</source>
        <translation>Remover o filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Clear all</source>
        <translation>Remover todos</translation>
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
        <translation>Remover todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="49"/>
        <source>Remove every filter</source>
        <translation>Remover todos os filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Level of government</source>
        <translation>Nível de governo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Policy area</source>
        <translation>Área de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Actor</source>
        <translation>Ator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Region and country</source>
        <translation>Região e país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="56"/>
        <source>GCM objective</source>
        <translation>Objetivo do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="119"/>
        <source>Only “%1”</source>
        <translation>Apenas “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="121"/>
        <source>Exclude “%1”</source>
        <translation>Excluir “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="123"/>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Pesquise práticas: palavras, &quot;frase exata&quot;, OR, -excluir, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Sort by relevance</source>
        <translation>Ordenar por relevância</translation>
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
        <translation>Ordenar por ano</translation>
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
        <translation>Mostrar mais resultados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Did you mean: %1?</source>
        <translation>Quis dizer %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>No practice matches this search.</source>
        <translation>Nenhuma prática corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Remover todos os filtros&lt;/a&gt; para pesquisar em todo o catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Tente usar menos palavras ou outras, ou navegue com os filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Resultados para %1 — pesquisar %2 em vez disso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Os resultados contêm algumas das suas palavras; nenhuma prática tem todas elas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>Suggest a practice…</source>
        <translation>Sugerir uma prática…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Import update…</source>
        <translation>Importar atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>Check the inbox for updates</source>
        <translation>Procurar atualizações na pasta de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>Roll back to the previous catalogue…</source>
        <translation>Voltar ao catálogo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribuição salva em %1: envie este arquivo aos editores do catálogo.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>★ Bookmark</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>Bookmark this practice</source>
        <translation>Adicionar esta prática aos favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Minha nota sobre esta prática (salva automaticamente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
        <source>My note</source>
        <translation>Minha nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91"/>
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
<context><!-- issue 12: save failures and damaged storage -->
    <name></name>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="23"/>
        <source>the catalogue shipped with the app (version %1)</source>
        <translation>o catálogo que vem com o aplicativo (versão %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="25"/>
        <source>version %1</source>
        <translation>a versão %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="27"/>
        <source>The record of the installed catalogue (current.json) is damaged; showing %3.</source>
        <translation>O registro do catálogo instalado (current.json) está danificado; mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="28"/>
        <source>No installed catalogue is recorded (current.json is missing), but version %1 is kept in the catalogues folder; showing %3. Import the update again to use it.</source>
        <translation>Nenhum catálogo instalado está registrado (falta current.json), mas a versão %1 está guardada na pasta dos catálogos; mostrando %3. Importe novamente a atualização para usá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="30"/>
        <source>The installed catalogue version %1 is incomplete (its catalogue.db or install.json is missing); showing %3.</source>
        <translation>A versão %1 do catálogo instalado está incompleta (falta o seu catalogue.db ou install.json); mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="32"/>
        <source>The installed catalogue version %1 is damaged (%2); showing %3.</source>
        <translation>A versão %1 do catálogo instalado está danificada (%2); mostrando %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="34"/>
        <source>Import the update again to repair it.</source>
        <translation>Importe novamente a atualização para o reparar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="50"/>
        <source>Catalogue warning</source>
        <translation>Aviso sobre o catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="32"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="33"/>
        <source>the folder holding your data cannot be written</source>
        <translation>não é possível gravar na pasta dos seus dados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>the disk reported an error</source>
        <translation>o disco informou um erro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>another program is using the file</source>
        <translation>outro programa está a usar o arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="50"/>
        <source>Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps trying to save it.</source>
        <translation>Não foi possível salvar a sua nota sobre “%1”: %2. Ela continua no editor; o aplicativo continua tentando salvá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="52"/>
        <source>Your bookmark could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar o seu marcador: %1. O aplicativo continua tentando salvá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="53"/>
        <source>Your saved search could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar a sua pesquisa: %1. O aplicativo continua tentando salvá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="54"/>
        <source>Your settings could not be saved: %1. The app keeps trying to save them.</source>
        <translation>Não foi possível salvar as suas configurações: %1. O aplicativo continua tentando salvá-las.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="55"/>
        <source>Your search history could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Não foi possível salvar o seu histórico de pesquisas: %1. O aplicativo continua tentando salvá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="78"/>
        <source>Retry now</source>
        <translation>Tentar novamente agora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="79"/>
        <source>Copy unsaved text</source>
        <translation>Copiar o texto não salvo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="132"/>
        <source>Everything you changed is saved now.</source>
        <translation>Todas as suas alterações estão salvas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="169"/>
        <source>The unsaved text is on the clipboard: paste it somewhere safe.</source>
        <translation>O texto não salvo está na área de transferência: cole-o num lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="179"/>
        <source>Changes waiting to be saved: %1</source>
        <translation>Alterações à espera de serem salvas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="195"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="196"/>
        <source>Some of your changes could not be saved: %1. If you close now, they are lost.</source>
        <translation>Algumas das suas alterações não puderam ser salvas: %1. Se fechar agora, elas serão perdidas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="198"/>
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="199"/>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="29"/>
        <source>A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, %3 saved searches. The damaged file is kept at %4.</source>
        <translation>Foi criado um novo user.db com o que se pôde ler do danificado: %1 notas, %2 marcadores, %3 pesquisas salvas. O arquivo danificado está guardado em %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="42"/>
        <source>Practice Catalogue</source>
        <translation>Catálogo de Práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="43"/>
        <source>Your bookmarks and notes (%1) are damaged: %2.</source>
        <translation>Os seus marcadores e notas (%1) estão danificados: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="45"/>
        <source>The app can move the damaged file aside (it is kept, named with today's date), start a new one, and copy into it everything that can still be read.</source>
        <translation>O aplicativo pode pôr de lado o arquivo danificado (ele é guardado, com a data de hoje no nome), criar um novo e copiar para ele tudo o que ainda pode ser lido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="47"/>
        <source>Recover and open</source>
        <translation>Recuperar e abrir</translation>
    </message>
</context>
</TS>
