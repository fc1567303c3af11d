<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="22" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="76" />
        <location filename="../../desktop/ui/map_printing.py" line="77" />
        <source>Practices per country:</source>
        <translation>Prácticas por país:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>(everything)</source>
        <translation>(todo el catálogo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_printing.py" line="108" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="117" />
        <source>only: %1</source>
        <translation>solo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="119" />
        <source>without: %1</source>
        <translation>sin: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="122" />
        <source>The map could not be printed: the printer or file is not available.</source>
        <translation>No se pudo imprimir el mapa: la impresora o el archivo no están disponibles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="126" />
        <source>Practice Catalogue: where the practices are</source>
        <translation>Catálogo de prácticas: dónde están las prácticas</translation>
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
        <translation>Mapa de los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="55" />
        <source>Print map…</source>
        <translation>Imprimir el mapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="56" />
        <source>Save map as PDF…</source>
        <translation>Guardar el mapa como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="58" />
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="59" />
        <source>Compare selected practices</source>
        <translation>Comparar las prácticas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="92" />
        <source>There is no practice in the result list to present.</source>
        <translation>No hay ninguna práctica en la lista de resultados para presentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="116" />
        <source>Select two to four practices in the result list (Ctrl+click) to compare them.</source>
        <translation>Seleccione de dos a cuatro prácticas en la lista de resultados (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>GCM objectives</source>
        <translation>Objetivos del PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="57" />
        <location filename="../../desktop/ui/compare.py" line="71" />
        <source>Rows marked %1 differ between the practices.</source>
        <translation>Las filas marcadas con %1 difieren entre las prácticas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="70" />
        <location filename="../../desktop/ui/compare.py" line="93" />
        <source>Practices compared</source>
        <translation>Prácticas comparadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="95" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="96" />
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="124" />
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="53" />
        <location filename="../../desktop/ui/map_panel.py" line="106" />
        <source>World map of the results</source>
        <translation>Mapa mundial de los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="104" />
        <source>Click a country to show only its practices; Ctrl+click to leave it out. Keyboard: arrows go through the countries, Enter chooses, Ctrl+Enter leaves out.</source>
        <translation>Haga clic en un país para ver solo sus prácticas; Ctrl+clic para excluirlo. Teclado: las flechas recorren los países, Intro elige, Ctrl+Intro excluye.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="115" />
        <source>%1: %n practice(s)</source>
        <translation>
            <numerusform>%1: %n práctica</numerusform>
            <numerusform>%1: %n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="121" />
        <source>Point at a country to see its name and number of practices.</source>
        <translation>Señale un país para ver su nombre y su número de prácticas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="148" />
        <source>The country filter leaves out global and regional practices.</source>
        <translation>El filtro de país deja fuera las prácticas mundiales y regionales.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="184" />
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="192" />
        <source>Practices per country:</source>
        <translation>Prácticas por país:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="204" />
        <source>Global and regional practices: %n</source>
        <translation>
            <numerusform>Prácticas mundiales y regionales: %n</numerusform>
            <numerusform>Prácticas mundiales y regionales: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="41" />
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="77" />
        <source>This practice is not in this catalogue.</source>
        <translation>Esta práctica no está en este catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="164" />
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="206" />
        <source>→ next   ← back   Esc leaves</source>
        <translation>→ siguiente   ← anterior   Esc para salir</translation>
    </message>
</context>
</TS>
