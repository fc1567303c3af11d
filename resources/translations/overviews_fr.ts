<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="22" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="76" />
        <location filename="../../desktop/ui/map_printing.py" line="77" />
        <source>Practices per country:</source>
        <translation>Pratiques par pays :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="106" />
        <source>(everything)</source>
        <translation>(tout le catalogue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_printing.py" line="108" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="117" />
        <source>only: %1</source>
        <translation>uniquement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="119" />
        <source>without: %1</source>
        <translation>sans : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="122" />
        <source>The map could not be printed: the printer or file is not available.</source>
        <translation>La carte n'a pas pu être imprimée : l'imprimante ou le fichier n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_printing.py" line="126" />
        <source>Practice Catalogue: where the practices are</source>
        <translation>Catalogue des pratiques : où se trouvent les pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="240" />
        <location filename="../../desktop/ui/overviews.py" line="49" />
        <source>Result list</source>
        <translation>Liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="241" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="53" />
        <location filename="../../desktop/ui/overviews.py" line="62" />
        <source>Map of the results</source>
        <translation>Carte des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="55" />
        <source>Print map…</source>
        <translation>Imprimer la carte…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="56" />
        <source>Save map as PDF…</source>
        <translation>Enregistrer la carte en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="58" />
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="59" />
        <source>Compare selected practices</source>
        <translation>Comparer les pratiques sélectionnées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="67" />
        <location filename="../../desktop/ui/compare.py" line="118" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="92" />
        <source>There is no practice in the result list to present.</source>
        <translation>La liste des résultats ne contient aucune pratique à présenter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/overviews.py" line="116" />
        <source>Select two to four practices in the result list (Ctrl+click) to compare them.</source>
        <translation>Sélectionnez de deux à quatre pratiques dans la liste des résultats (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="35" />
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="36" />
        <source>GCM objectives</source>
        <translation>Objectifs du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="37" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="57" />
        <location filename="../../desktop/ui/compare.py" line="71" />
        <source>Rows marked %1 differ between the practices.</source>
        <translation>Les lignes marquées %1 diffèrent d'une pratique à l'autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="70" />
        <location filename="../../desktop/ui/compare.py" line="93" />
        <source>Practices compared</source>
        <translation>Pratiques comparées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="95" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="96" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare.py" line="124" />
        <source>The PDF could not be written: %1</source>
        <translation>Impossible d’enregistrer le PDF : %1</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="53" />
        <location filename="../../desktop/ui/map_panel.py" line="106" />
        <source>World map of the results</source>
        <translation>Carte du monde des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="104" />
        <source>Click a country to show only its practices; Ctrl+click to leave it out. Keyboard: arrows go through the countries, Enter chooses, Ctrl+Enter leaves out.</source>
        <translation>Cliquez sur un pays pour n'afficher que ses pratiques ; Ctrl+clic pour l'exclure. Clavier : les flèches parcourent les pays, Entrée choisit, Ctrl+Entrée exclut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="115" />
        <source>%1: %n practice(s)</source>
        <translation>
            <numerusform>%1 : %n pratique</numerusform>
            <numerusform>%1 : %n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="121" />
        <source>Point at a country to see its name and number of practices.</source>
        <translation>Pointez un pays pour voir son nom et son nombre de pratiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="148" />
        <source>The country filter leaves out global and regional practices.</source>
        <translation>Le filtre par pays écarte les pratiques mondiales et régionales.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="184" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="187" />
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map_panel.py" line="192" />
        <source>Practices per country:</source>
        <translation>Pratiques par pays :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/map_panel.py" line="204" />
        <source>Global and regional practices: %n</source>
        <translation>
            <numerusform>Pratiques mondiales et régionales : %n</numerusform>
            <numerusform>Pratiques mondiales et régionales : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="41" />
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="77" />
        <source>This practice is not in this catalogue.</source>
        <translation>Cette pratique n'est pas dans ce catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="164" />
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/presentation.py" line="206" />
        <source>→ next   ← back   Esc leaves</source>
        <translation>→ suivant   ← précédent   Échap pour quitter</translation>
    </message>
</context>
</TS>
