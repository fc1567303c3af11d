<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36"/>
        <source>Brief of this practice</source>
        <translation>Fiche de cette pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="37"/>
        <location filename="../../desktop/ui/menus.py" line="41"/>
        <location filename="../../desktop/ui/menus.py" line="44"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="38"/>
        <location filename="../../desktop/ui/menus.py" line="42"/>
        <location filename="../../desktop/ui/menus.py" line="45"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="39"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fiches des pratiques favorites</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43"/>
        <source>Result list</source>
        <translation>Liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="54"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>&amp;Bookmarks</source>
        <translation>Fa&amp;voris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>No bookmarks yet</source>
        <translation>Aucun favori pour l’instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81"/>
        <source>Delete a saved search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="84"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="86"/>
        <source>(filters only)</source>
        <translation>(filtres uniquement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116"/>
        <source>The PDF could not be written: %1</source>
        <translation>Impossible d’enregistrer le PDF : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>(everything)</source>
        <translation>(tout le catalogue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="166"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catalogue des pratiques : liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Where</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>The file could not be written: %1</source>
        <translation>Impossible d’enregistrer le fichier : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n pratique exportée.</numerusform>
            <numerusform>%n pratiques exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185"/>
        <source>Name of the search:</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>GCM objectives</source>
        <translation>Objectifs du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>GCM principles</source>
        <translation>Principes directeurs du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>Related practices</source>
        <translation>Pratiques connexes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <location filename="../../desktop/ui/pages.py" line="92"/>
        <source>Policy-area guidance</source>
        <translation>Orientations du domaine politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>(no longer in the catalogue)</source>
        <translation>(ne figure plus au catalogue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>Highlights</source>
        <translation>Points saillants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>Last reviewed</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>Bookmarked</source>
        <translation>Dans les favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="80"/>
        <source>Removed by an update</source>
        <translation>Supprimée par une mise à jour</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="149"/>
        <source>not</source>
        <translation>sauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="152"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="160"/>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="29"/>
        <location filename="../../desktop/ui/filter_panel.py" line="46"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="47"/>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48"/>
        <source>Remove every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="52"/>
        <source>Level of government</source>
        <translation>Niveau de gouvernement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Policy area</source>
        <translation>Domaine politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Region and country</source>
        <translation>Région et pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>GCM objective</source>
        <translation>Objectif du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="118"/>
        <source>Only “%1”</source>
        <translation>Seulement « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="120"/>
        <source>Exclude “%1”</source>
        <translation>Exclure « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="122"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Recherchez des pratiques : mots, &quot;expression exacte&quot;, OR, -exclure, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Sort by relevance</source>
        <translation>Trier par pertinence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>Sort by title</source>
        <translation>Trier par titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Sort by country</source>
        <translation>Trier par pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Sort by year</source>
        <translation>Trier par année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Show more results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>No practice matches this search.</source>
        <translation>Aucune pratique ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Retirer tous les filtres&lt;/a&gt; pour chercher dans tout le catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Essayez avec moins de mots ou d’autres mots, ou parcourez le catalogue avec les filtres.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="82"/>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>★ Bookmark</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>Bookmark this practice</source>
        <translation>Ajouter cette pratique aux favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Ma note sur cette pratique (enregistrée automatiquement) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
        <source>Practice text</source>
        <translation>Texte de la pratique</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="30"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="35"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="40"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42"/>
        <location filename="../../desktop/ui/dialogs.py" line="63"/>
        <source>Folder checked for updates</source>
        <translation>Dossier où chercher les mises à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43"/>
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ex. une clé USB ou un dossier partagé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53"/>
        <source>Text size:</source>
        <translation>Taille du texte :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Also look for updates in:</source>
        <translation>Chercher aussi les mises à jour dans :</translation>
    </message>
</context>
</TS>
