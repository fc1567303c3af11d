<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="49"/>
        <source>Brief of this practice</source>
        <translation>Fiche de cette pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="50"/>
        <location filename="../../desktop/ui/menus.py" line="54"/>
        <location filename="../../desktop/ui/menus.py" line="57"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51"/>
        <location filename="../../desktop/ui/menus.py" line="55"/>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52"/>
        <source>Brief of bookmarked practices</source>
        <translation>Fiches des pratiques favorites</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56"/>
        <source>Result list</source>
        <translation>Liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="65"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;Bookmarks</source>
        <translation>Fa&amp;voris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75"/>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79"/>
        <source>No bookmarks yet</source>
        <translation>Aucun favori pour l’instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="88"/>
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>Delete a saved search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>(filters only)</source>
        <translation>(filtres uniquement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111"/>
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>The PDF could not be written: %1</source>
        <translation>Impossible d’enregistrer le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="178"/>
        <source>(everything)</source>
        <translation>(tout le catalogue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="179"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="180"/>
        <source>Practice Catalogue: result list</source>
        <translation>Catalogue des pratiques&#xa0;: liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <source>Where</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="181"/>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <source>Original title</source>
        <translation>Titre original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195"/>
        <location filename="../../desktop/ui/updates_ui.py" line="250"/>
        <source>The file could not be written: %1</source>
        <translation>Impossible d’enregistrer le fichier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="197"/>
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n pratique exportée.</numerusform>
            <numerusform>%n pratiques exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="201"/>
        <source>Name of the search:</source>
        <translation>Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="191"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <location filename="../../desktop/ui/updates_ui.py" line="184"/>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="192"/>
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
        <location filename="../../desktop/ui/updates_ui.py" line="185"/>
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
        <location filename="../../desktop/ui/pages.py" line="130"/>
        <source>Policy-area guidance</source>
        <translation>Orientations du domaine d'action publique</translation>
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
        <location filename="../../desktop/ui/pages.py" line="64"/>
        <source>This is the catalogue&apos;s translation of its English entry.</source>
        <translation>Ceci est la traduction, par le catalogue, de sa fiche en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66"/>
        <source>The English entry has changed since it was translated.</source>
        <translation>La fiche en anglais a changé depuis sa traduction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="67"/>
        <source>Show in English</source>
        <translation>Afficher en anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69"/>
        <source>This is the English original.</source>
        <translation>Ceci est l'original en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="70"/>
        <source>Show the translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72"/>
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Cette fiche n'est pas encore traduite ; voici son texte en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104"/>
        <source>Bookmarked</source>
        <translation>Dans les favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="110"/>
        <source>This practice is no longer in the catalogue.</source>
        <translation>Cette pratique ne figure plus au catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111"/>
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Une mise à jour l’a supprimée. Votre note et votre favori sont conservés ci-dessous ; supprimez-les lorsque vous n’en aurez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="113"/>
        <source>Removed by an update</source>
        <translation>Supprimée par une mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120"/>
        <source>No guidance for this policy area.</source>
        <translation>Aucune orientation pour ce domaine d'action publique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39"/>
        <source>This is an older version than the one installed.</source>
        <translation>Cette version est antérieure à celle qui est installée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40"/>
        <source>Practices after the update</source>
        <translation>Pratiques après la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41"/>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="42"/>
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Vos favoris et vos notes sont conservés. Le catalogue actuel l’est aussi : Fichier → Revenir au catalogue précédent permet de le rétablir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="44"/>
        <source>Catalogue version %1 → %2</source>
        <translation>Version du catalogue %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="66"/>
        <location filename="../../desktop/ui/updates_ui.py" line="101"/>
        <source>Import catalogue update</source>
        <translation>Importer une mise à jour du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="70"/>
        <source>Apply update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="102"/>
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Mises à jour du catalogue (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="109"/>
        <source>Checking the update…</source>
        <translation>Vérification de la mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="121"/>
        <source>Installing the update…</source>
        <translation>Installation de la mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="125"/>
        <source>Catalogue updated</source>
        <translation>Catalogue mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="126"/>
        <source>Catalogue version %1 is installed.</source>
        <translation>La version %1 du catalogue est installée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="129"/>
        <source>Roll back the catalogue</source>
        <translation>Revenir au catalogue précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="130"/>
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>Voulez-vous rétablir le catalogue installé avant la dernière mise à jour ? Vos favoris et vos notes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134"/>
        <source>Restoring the previous catalogue…</source>
        <translation>Rétablissement du catalogue précédent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="138"/>
        <source>Catalogue restored</source>
        <translation>Catalogue rétabli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="139"/>
        <source>Catalogue version %1 is in use again.</source>
        <translation>La version %1 du catalogue est de nouveau utilisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="146"/>
        <source>Looking for catalogue updates…</source>
        <translation>Recherche de mises à jour du catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="152"/>
        <source>Catalogue updates</source>
        <translation>Mises à jour du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="153"/>
        <source>No newer catalogue update was found in %1.</source>
        <translation>Aucune mise à jour plus récente du catalogue n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156"/>
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Une mise à jour du catalogue a été trouvée : version %1, signée par %2, dans %3. Voulez-vous l’examiner maintenant ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="158"/>
        <source>Catalogue update available</source>
        <translation>Mise à jour du catalogue disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="171"/>
        <source>Suggest a practice</source>
        <translation>Proposer une pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="175"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190"/>
        <location filename="../../desktop/ui/updates_ui.py" line="183"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="185"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="186"/>
        <source>Your name and office</source>
        <translation>Votre nom et votre service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="188"/>
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>Ce qui a été fait, par qui, à quel niveau de gouvernement, et avec quels résultats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189"/>
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>D’où viennent les informations : un document, une page web, une réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="191"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="193"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="194"/>
        <source>Levels:</source>
        <translation>Niveaux :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195"/>
        <source>Approaches:</source>
        <translation>Approches :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="196"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="197"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="198"/>
        <source>Your name and office:</source>
        <translation>Votre nom et votre service :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="203"/>
        <source>Save contribution…</source>
        <translation>Enregistrer la contribution…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="240"/>
        <source>Save the contribution in</source>
        <translation>Enregistrer la contribution dans</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79"/>
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Un catalogue hors ligne de pratiques de gouvernance multiniveau des migrations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81"/>
        <source>Built</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Sources (practices citing each)</source>
        <translation>Sources (pratiques qui citent chacune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83"/>
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="150"/>
        <source>not</source>
        <translation>sauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="154"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161"/>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="30"/>
        <location filename="../../desktop/ui/filter_panel.py" line="47"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48"/>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="49"/>
        <source>Remove every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53"/>
        <source>Level of government</source>
        <translation>Niveau de gouvernement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Policy area</source>
        <translation>Domaine d'action publique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Region and country</source>
        <translation>Région et pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="56"/>
        <source>GCM objective</source>
        <translation>Objectif du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="119"/>
        <source>Only “%1”</source>
        <translation>Seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="121"/>
        <source>Exclude “%1”</source>
        <translation>Exclure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="123"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>Search practices: words, &quot;exact phrase&quot;, OR, -exclude, country:ecuador, prefix*</source>
        <translation>Recherchez des pratiques&#xa0;: mots, &quot;expression exacte&quot;, OR, -exclure, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Sort by relevance</source>
        <translation>Trier par pertinence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Sort by title</source>
        <translation>Trier par titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Sort by country</source>
        <translation>Trier par pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Sort by year</source>
        <translation>Trier par année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Show more results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <source>No practice matches this search.</source>
        <translation>Aucune pratique ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>&lt;a href=&quot;clear&quot;&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&quot;clear&quot;&gt;Retirer tous les filtres&lt;/a&gt; pour chercher dans tout le catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Essayez avec moins de mots ou d’autres mots, ou parcourez le catalogue avec les filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Résultats pour %1 — rechercher plutôt %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Not found: %1</source>
        <translation>Introuvables : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Les résultats contiennent certains de vos mots ; aucune pratique ne les a tous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>Suggest a practice…</source>
        <translation>Proposer une pratique…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Import update…</source>
        <translation>Importer une mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>Check the inbox for updates</source>
        <translation>Chercher les mises à jour dans le dossier de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>Roll back to the previous catalogue…</source>
        <translation>Revenir au catalogue précédent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribution enregistrée dans %1 : envoyez ce fichier aux responsables du catalogue.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83"/>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87"/>
        <source>★ Bookmark</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88"/>
        <source>Bookmark this practice</source>
        <translation>Ajouter cette pratique aux favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89"/>
        <source>My note on this practice (saved automatically):</source>
        <translation>Ma note sur cette pratique (enregistrée automatiquement)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90"/>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91"/>
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
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53"/>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Also look for updates in:</source>
        <translation>Chercher aussi les mises à jour dans&#xa0;:</translation>
    </message>
</context>
<context><!-- issue 12: save failures and damaged storage -->
    <name></name>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="23"/>
        <source>the catalogue shipped with the app (version %1)</source>
        <translation>le catalogue fourni avec l’application (version %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="25"/>
        <source>version %1</source>
        <translation>la version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="27"/>
        <source>The record of the installed catalogue (current.json) is damaged; showing %3.</source>
        <translation>L’enregistrement du catalogue installé (current.json) est endommagé ; affichage de %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="28"/>
        <source>No installed catalogue is recorded (current.json is missing), but version %1 is kept in the catalogues folder; showing %3. Import the update again to use it.</source>
        <translation>Aucun catalogue installé n’est enregistré (current.json manque), mais la version %1 est conservée dans le dossier des catalogues ; affichage de %3. Importez à nouveau la mise à jour pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="30"/>
        <source>The installed catalogue version %1 is incomplete (its catalogue.db or install.json is missing); showing %3.</source>
        <translation>La version %1 du catalogue installé est incomplète (son catalogue.db ou install.json manque) ; affichage de %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="32"/>
        <source>The installed catalogue version %1 is damaged (%2); showing %3.</source>
        <translation>La version %1 du catalogue installé est endommagée (%2) ; affichage de %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="34"/>
        <source>Import the update again to repair it.</source>
        <translation>Importez à nouveau la mise à jour pour le réparer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_notice.py" line="50"/>
        <source>Catalogue warning</source>
        <translation>Avertissement sur le catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="32"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="33"/>
        <source>the folder holding your data cannot be written</source>
        <translation>le dossier de vos données est protégé en écriture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="34"/>
        <source>another program is using the file</source>
        <translation>un autre programme utilise le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="50"/>
        <source>Your note on “%1” could not be saved: %2. It is still in the editor; the app keeps trying to save it.</source>
        <translation>Votre note sur « %1 » n’a pas pu être enregistrée : %2. Elle est toujours dans l’éditeur ; l’application continue d’essayer de l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="52"/>
        <source>Your bookmark could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Votre favori n’a pas pu être enregistré : %1. L’application continue d’essayer de l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="53"/>
        <source>Your saved search could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Votre recherche n’a pas pu être enregistrée : %1. L’application continue d’essayer de l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="54"/>
        <source>Your settings could not be saved: %1. The app keeps trying to save them.</source>
        <translation>Vos réglages n’ont pas pu être enregistrés : %1. L’application continue d’essayer de les enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="55"/>
        <source>Your search history could not be saved: %1. The app keeps trying to save it.</source>
        <translation>Votre historique de recherche n’a pas pu être enregistré : %1. L’application continue d’essayer de l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="78"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="79"/>
        <source>Copy unsaved text</source>
        <translation>Copier le texte non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="132"/>
        <source>Everything you changed is saved now.</source>
        <translation>Toutes vos modifications sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="169"/>
        <source>The unsaved text is on the clipboard: paste it somewhere safe.</source>
        <translation>Le texte non enregistré est dans le presse-papiers : collez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="179"/>
        <source>Changes waiting to be saved: %1</source>
        <translation>Modifications en attente d’enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="195"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="196"/>
        <source>Some of your changes could not be saved: %1. If you close now, they are lost.</source>
        <translation>Certaines de vos modifications n’ont pas pu être enregistrées : %1. Si vous fermez maintenant, elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="198"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="199"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="29"/>
        <source>A new user.db was started with what could be read from the damaged one: %1 notes, %2 bookmarks, %3 saved searches. The damaged file is kept at %4.</source>
        <translation>Un nouveau user.db a été créé avec ce qui a pu être lu de l’ancien : %1 notes, %2 favoris, %3 recherches enregistrées. Le fichier endommagé est conservé dans %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="42"/>
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="43"/>
        <source>Your bookmarks and notes (%1) are damaged: %2.</source>
        <translation>Vos favoris et notes (%1) sont endommagés : %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="45"/>
        <source>The app can move the damaged file aside (it is kept, named with today's date), start a new one, and copy into it everything that can still be read.</source>
        <translation>L’application peut mettre le fichier endommagé de côté (il est conservé, nommé avec la date du jour), en créer un nouveau et y copier tout ce qui peut encore être lu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_data_dialog.py" line="47"/>
        <source>Recover and open</source>
        <translation>Récupérer et ouvrir</translation>
    </message>
</context>
</TS>
