<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="22" />
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="76" />
        <location filename="../../desktop/ui/map_printing.py" line="77" />
        <source>Practices per country:</source>
        <translation>Práticas por país:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>Search: %1</source>
        <translation>Pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>(everything)</source>
        <translation>(todo o catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_printing.py" line="108" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prática</numerusform>
            <numerusform>%n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="117" />
        <source>only: %1</source>
        <translation>só: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="119" />
        <source>without: %1</source>
        <translation>sem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="122" />
        <source>The map could not be printed: the printer or file is not available.</source>
        <translation>Não foi possível imprimir o mapa: a impressora ou o arquivo não está disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="126" />
        <source>Practice Catalogue: where the practices are</source>
        <translation>Catálogo de práticas: onde estão as práticas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="240" />
        <location filename="../../desktop/ui/overviews.py" line="49" />
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="241" />
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="53" />
        <location filename="../../desktop/ui/overviews.py" line="62" />
        <source>Map of the results</source>
        <translation>Mapa dos resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="55" />
        <source>Print map…</source>
        <translation>Imprimir o mapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="56" />
        <source>Save map as PDF…</source>
        <translation>Salvar o mapa como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="58" />
        <source>Present</source>
        <translation>Apresentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="59" />
        <source>Compare selected practices</source>
        <translation>Comparar as práticas selecionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="92" />
        <source>There is no practice in the result list to present.</source>
        <translation>Não há nenhuma prática na lista de resultados para apresentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="116" />
        <source>Select two to four practices in the result list (Ctrl+click) to compare them.</source>
        <translation>Selecione de duas a quatro práticas na lista de resultados (Ctrl+clique) para compará-las.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Approaches</source>
        <translation>Abordagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>GCM objectives</source>
        <translation>Objetivos do PGM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="57" />
        <location filename="../../desktop/ui/compare.py" line="71" />
        <source>Rows marked %1 differ between the practices.</source>
        <translation>As linhas marcadas com %1 diferem entre as práticas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="70" />
        <location filename="../../desktop/ui/compare.py" line="93" />
        <source>Practices compared</source>
        <translation>Práticas comparadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="95" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="96" />
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="124" />
        <source>The PDF could not be written: %1</source>
        <translation>Não foi possível salvar o PDF: %1</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="53" />
        <location filename="../../desktop/ui/map_panel.py" line="106" />
        <source>World map of the results</source>
        <translation>Mapa-múndi dos resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="104" />
        <source>Click a country to show only its practices; Ctrl+click to leave it out. Keyboard: arrows go through the countries, Enter chooses, Ctrl+Enter leaves out.</source>
        <translation>Clique num país para ver só as suas práticas; Ctrl+clique para excluí-lo. Teclado: as setas percorrem os países, Enter escolhe, Ctrl+Enter exclui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="115" />
        <source>%1: %n practice(s)</source>
        <translation>
            <numerusform>%1: %n prática</numerusform>
            <numerusform>%1: %n práticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="121" />
        <source>Point at a country to see its name and number of practices.</source>
        <translation>Aponte para um país para ver o nome e o número de práticas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="148" />
        <source>The country filter leaves out global and regional practices.</source>
        <translation>O filtro de país deixa de fora as práticas globais e regionais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="184" />
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>left out</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="192" />
        <source>Practices per country:</source>
        <translation>Práticas por país:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="204" />
        <source>Global and regional practices: %n</source>
        <translation>
            <numerusform>Práticas globais e regionais: %n</numerusform>
            <numerusform>Práticas globais e regionais: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="41" />
        <source>Presentation</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="77" />
        <source>This practice is not in this catalogue.</source>
        <translation>Esta prática não está neste catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="164" />
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="206" />
        <source>→ next   ← back   Esc leaves</source>
        <translation>→ seguinte   ← anterior   Esc para sair</translation>
    </message>
</context>
</TS>
