<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/menus.py" line="46" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="49" />
        <source>Brief of this practice</source>
        <translation>Fiche de cette pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="50" />
        <location filename="../../desktop/ui/menus.py" line="54" />
        <location filename="../../desktop/ui/menus.py" line="57" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="143" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51" />
        <location filename="../../desktop/ui/menus.py" line="55" />
        <location filename="../../desktop/ui/menus.py" line="58" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="144" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52" />
        <source>Brief of bookmarked practices</source>
        <translation>Fiches des pratiques favorites</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56" />
        <source>Result list</source>
        <translation>Liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59" />
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64" />
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="65" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67" />
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69" />
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72" />
        <source>&amp;Bookmarks</source>
        <translation>Fa&amp;voris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75" />
        <location filename="../../desktop/ui/menus.py" line="82" />
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79" />
        <source>No bookmarks yet</source>
        <translation>Aucun favori pour l’instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="89" />
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90" />
        <source>Save this search…</source>
        <translation>Enregistrer cette recherche…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96" />
        <source>Delete a saved search</source>
        <translation>Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99" />
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101" />
        <source>(filters only)</source>
        <translation>(filtres uniquement)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="103" />
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109" />
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110" />
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="112" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="114" />
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115" />
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="119" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="190" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="119" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="191" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="133" />
        <location filename="../../desktop/ui/workshop_pack.py" line="166" />
        <source>The PDF could not be written: %1</source>
        <translation>Impossible d’enregistrer le PDF : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="182" />
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="182" />
        <source>(everything)</source>
        <translation>(tout le catalogue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="183" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="184" />
        <source>Practice Catalogue: result list</source>
        <translation>Catalogue des pratiques : liste des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185" />
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185" />
        <source>Where</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185" />
        <location filename="../../desktop/ui/menus.py" line="195" />
        <location filename="../../desktop/ui/pages.py" line="34" />
        <location filename="../../desktop/ui/updates_ui.py" line="184" />
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="185" />
        <location filename="../../desktop/ui/menus.py" line="196" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190" />
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="194" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="194" />
        <source>Original title</source>
        <translation>Titre original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="199" />
        <location filename="../../desktop/ui/updates_ui.py" line="250" />
        <source>The file could not be written: %1</source>
        <translation>Impossible d’enregistrer le fichier : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="201" />
        <source>%n practice(s) exported.</source>
        <translation>
            <numerusform>%n pratique exportée.</numerusform>
            <numerusform>%n pratiques exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="205" />
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="205" />
        <source>Name of the search:</source>
        <translation>Nom de la recherche :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195" />
        <location filename="../../desktop/ui/pages.py" line="34" />
        <location filename="../../desktop/ui/updates_ui.py" line="183" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="195" />
        <location filename="../../desktop/ui/pages.py" line="34" />
        <location filename="../../desktop/ui/updates_ui.py" line="183" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="196" />
        <location filename="../../desktop/ui/pages.py" line="34" />
        <location filename="../../desktop/ui/updates_ui.py" line="184" />
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="196" />
        <location filename="../../desktop/ui/pages.py" line="35" />
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35" />
        <source>GCM objectives</source>
        <translation>Objectifs du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>GCM principles</source>
        <translation>Principes directeurs du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <location filename="../../desktop/ui/updates_ui.py" line="185" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <source>Related practices</source>
        <translation>Pratiques connexes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37" />
        <location filename="../../desktop/ui/pages.py" line="130" />
        <source>Policy-area guidance</source>
        <translation>Orientations du domaine d'action publique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <source>(no longer in the catalogue)</source>
        <translation>(ne figure plus au catalogue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38" />
        <source>Highlights</source>
        <translation>Points saillants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39" />
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40" />
        <source>Last reviewed</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="64" />
        <source>This is the catalogue's translation of its English entry.</source>
        <translation>Ceci est la traduction, par le catalogue, de sa fiche en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="66" />
        <source>The English entry has changed since it was translated.</source>
        <translation>La fiche en anglais a changé depuis sa traduction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="67" />
        <source>Show in English</source>
        <translation>Afficher en anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="69" />
        <source>This is the English original.</source>
        <translation>Ceci est l'original en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="70" />
        <source>Show the translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="72" />
        <source>This entry has not been translated yet; here is its English text.</source>
        <translation>Cette fiche n'est pas encore traduite ; voici son texte en anglais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="104" />
        <source>Bookmarked</source>
        <translation>Dans les favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="110" />
        <source>This practice is no longer in the catalogue.</source>
        <translation>Cette pratique ne figure plus au catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="111" />
        <source>An update removed it. Your note and bookmark are kept below; delete them when you no longer need them.</source>
        <translation>Une mise à jour l’a supprimée. Votre note et votre favori sont conservés ci-dessous ; supprimez-les lorsque vous n’en aurez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="113" />
        <source>Removed by an update</source>
        <translation>Supprimée par une mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="120" />
        <source>No guidance for this policy area.</source>
        <translation>Aucune orientation pour ce domaine d'action publique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="39" />
        <source>This is an older version than the one installed.</source>
        <translation>Cette version est antérieure à celle qui est installée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40" />
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40" />
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="40" />
        <source>Practices after the update</source>
        <translation>Pratiques après la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41" />
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41" />
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="41" />
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="42" />
        <source>Your bookmarks and notes are kept. The current catalogue is kept too: File → Roll back restores it.</source>
        <translation>Vos favoris et vos notes sont conservés. Le catalogue actuel l’est aussi : Fichier → Revenir au catalogue précédent permet de le rétablir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="44" />
        <source>Catalogue version %1 → %2</source>
        <translation>Version du catalogue %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="66" />
        <location filename="../../desktop/ui/updates_ui.py" line="101" />
        <source>Import catalogue update</source>
        <translation>Importer une mise à jour du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="70" />
        <source>Apply update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="102" />
        <source>Catalogue updates (*.pcbundle *.zip)</source>
        <translation>Mises à jour du catalogue (*.pcbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="109" />
        <source>Checking the update…</source>
        <translation>Vérification de la mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="121" />
        <source>Installing the update…</source>
        <translation>Installation de la mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="125" />
        <source>Catalogue updated</source>
        <translation>Catalogue mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="126" />
        <source>Catalogue version %1 is installed.</source>
        <translation>La version %1 du catalogue est installée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="129" />
        <source>Roll back the catalogue</source>
        <translation>Revenir au catalogue précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="130" />
        <source>Restore the catalogue that was installed before the last update? Your bookmarks and notes are kept.</source>
        <translation>Voulez-vous rétablir le catalogue installé avant la dernière mise à jour ? Vos favoris et vos notes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="134" />
        <source>Restoring the previous catalogue…</source>
        <translation>Rétablissement du catalogue précédent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="138" />
        <source>Catalogue restored</source>
        <translation>Catalogue rétabli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="139" />
        <source>Catalogue version %1 is in use again.</source>
        <translation>La version %1 du catalogue est de nouveau utilisée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="146" />
        <source>Looking for catalogue updates…</source>
        <translation>Recherche de mises à jour du catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="50" />
        <source>One web address per line, e.g. https://example.org/catalogue</source>
        <translation>Une adresse web par ligne, p. ex. https://example.org/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="51" />
        <source>Mirrors checked for updates</source>
        <translation>Miroirs consultés pour les mises à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="53" />
        <source>A server on this office's own network, e.g. http://192.168.1.20/catalogue</source>
        <translation>Un serveur sur le réseau de ce bureau, p. ex. http://192.168.1.20/catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="54" />
        <source>Local mirrors (plain HTTP allowed)</source>
        <translation>Miroirs locaux (HTTP non chiffré autorisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="63" />
        <source>Mirrors:</source>
        <translation>Miroirs :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="64" />
        <source>Local mirrors:</source>
        <translation>Miroirs locaux :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="124" />
        <source>Downloading catalogue version %1</source>
        <translation>Téléchargement de la version %1 du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="140" />
        <source>%1 of %2 downloaded, %3 remaining</source>
        <translation>%1 sur %2 téléchargés, %3 restants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="200" />
        <source>No mirror is set: add the web address of one in File → Settings.</source>
        <translation>Aucun miroir n'est défini : ajoutez son adresse web dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="203" />
        <source>Checking the mirrors for catalogue updates…</source>
        <translation>Recherche de mises à jour du catalogue sur les miroirs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="232" />
        <location filename="../../desktop/ui/updates_ui.py" line="152" />
        <source>Catalogue updates</source>
        <translation>Mises à jour du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="233" />
        <source>The catalogue is up to date (version %1).</source>
        <translation>Le catalogue est à jour (version %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="236" />
        <source>Catalogue version %1 is available (%2).</source>
        <translation>La version %1 du catalogue est disponible (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="240" />
        <source>%1 of it was downloaded before.</source>
        <translation>%1 ont déjà été téléchargés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="242" />
        <source>Download it now?</source>
        <translation>La télécharger maintenant ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="269" />
        <source>The download was cancelled; the next download resumes where it stopped.</source>
        <translation>Le téléchargement a été annulé ; le prochain reprendra là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="153" />
        <source>No newer catalogue update was found in %1.</source>
        <translation>Aucune mise à jour plus récente du catalogue n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="156" />
        <source>A catalogue update was found: version %1, signed by %2, in %3. Review it now?</source>
        <translation>Une mise à jour du catalogue a été trouvée : version %1, signée par %2, dans %3. Voulez-vous l’examiner maintenant ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mirror_updates.py" line="241" />
        <location filename="../../desktop/ui/updates_ui.py" line="158" />
        <source>Catalogue update available</source>
        <translation>Mise à jour du catalogue disponible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="171" />
        <source>Suggest a practice</source>
        <translation>Proposer une pratique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="175" />
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="194" />
        <location filename="../../desktop/ui/updates_ui.py" line="183" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="185" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="186" />
        <source>Your name and office</source>
        <translation>Votre nom et votre service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="188" />
        <source>What was done, by whom, at which level of government, and what came of it.</source>
        <translation>Ce qui a été fait, par qui, à quel niveau de gouvernement, et avec quels résultats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="189" />
        <source>Where the facts come from: a document, a web page, a meeting</source>
        <translation>D’où viennent les informations : un document, une page web, une réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="191" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="192" />
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="193" />
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="194" />
        <source>Levels:</source>
        <translation>Niveaux :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="195" />
        <source>Approaches:</source>
        <translation>Approches :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="196" />
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="197" />
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="198" />
        <source>Your name and office:</source>
        <translation>Votre nom et votre service :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="203" />
        <source>Save contribution…</source>
        <translation>Enregistrer la contribution…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/updates_ui.py" line="240" />
        <source>Save the contribution in</source>
        <translation>Enregistrer la contribution dans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="73" />
        <source>Reading lists</source>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="91" />
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="92" />
        <source>Show reading lists</source>
        <translation>Afficher les listes de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="96" />
        <source>Add this practice to</source>
        <translation>Ajouter cette pratique à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="108" />
        <location filename="../../desktop/ui/reading_lists_menu.py" line="110" />
        <source>New list…</source>
        <translation>Nouvelle liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="111" />
        <source>Import a list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="113" />
        <source>Export this list…</source>
        <translation>Exporter cette liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="114" />
        <source>Workshop pack of this list…</source>
        <translation>Dossier d’atelier de cette liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="135" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>Workshop pack</source>
        <translation>Dossier d’atelier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="138" />
        <source>A cover, a contents page and each practice of “%1” in the interface language, with your comments.</source>
        <translation>Une couverture, un sommaire et chaque pratique de « %1 » dans la langue de l’interface, avec vos commentaires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="141" />
        <source>Include my &amp;notes on these practices</source>
        <translation>Inclure mes &amp;notes sur ces pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="186" />
        <source>Workshop pack sent to the printer.</source>
        <translation>Dossier d’atelier envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists_menu.py" line="198" />
        <source>Making the workshop pack…</source>
        <translation>Préparation du dossier d’atelier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reading_lists_menu.py" line="202" />
        <source>Workshop pack saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Dossier d’atelier enregistré : %1 (%n page).</numerusform>
            <numerusform>Dossier d’atelier enregistré : %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="38" />
        <source>not in this catalogue (version %1)</source>
        <translation>absente de ce catalogue (version %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="39" />
        <source>not in this catalogue</source>
        <translation>absente de ce catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="82" />
        <source>Practice Catalogue, catalogue %1, version %2</source>
        <translation>Catalogue des pratiques, catalogue %1, version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="99" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_pack.py" line="112" />
        <source>Trainer’s comment</source>
        <translation>Commentaire du formateur</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="80" />
        <source>About Practice Catalogue</source>
        <translation>À propos du Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82" />
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82" />
        <source>An offline catalogue of multi-level governance of migration practices.</source>
        <translation>Un catalogue hors ligne de pratiques de gouvernance multiniveau des migrations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="84" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="84" />
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="84" />
        <source>Built</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="85" />
        <source>Sources (practices citing each)</source>
        <translation>Sources (pratiques qui citent chacune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="86" />
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="150" />
        <source>not</source>
        <translation>sauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="153" />
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="154" />
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="161" />
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="30" />
        <location filename="../../desktop/ui/filter_panel.py" line="47" />
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="48" />
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="49" />
        <source>Remove every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53" />
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="53" />
        <source>Level of government</source>
        <translation>Niveau de gouvernement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54" />
        <source>Policy area</source>
        <translation>Domaine d'action publique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="54" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55" />
        <source>Region and country</source>
        <translation>Région et pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="55" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="56" />
        <source>GCM objective</source>
        <translation>Objectif du PMM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="119" />
        <source>Only “%1”</source>
        <translation>Seulement « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="121" />
        <source>Exclude “%1”</source>
        <translation>Exclure « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/filter_panel.py" line="123" />
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <location filename="../../desktop/ui/main_window.py" line="369" />
        <source>Practice Catalogue</source>
        <translation>Catalogue des pratiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>Search practices: words, "exact phrase", OR, -exclude, country:ecuador, prefix*</source>
        <translation>Recherchez des pratiques : mots, "expression exacte", OR, -exclure, country:ecuador, prefix*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>Sort by relevance</source>
        <translation>Trier par pertinence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>Sort by title</source>
        <translation>Trier par titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>Sort by country</source>
        <translation>Trier par pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>Sort by year</source>
        <translation>Trier par année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161" />
        <source>Show more results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="216" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243" />
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226" />
        <source>No practice matches this search.</source>
        <translation>Aucune pratique ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>&lt;a href="clear"&gt;Remove all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href="clear"&gt;Retirer tous les filtres&lt;/a&gt; pour chercher dans tout le catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230" />
        <source>Try fewer or other words, or browse with the filters.</source>
        <translation>Essayez avec moins de mots ou d’autres mots, ou parcourez le catalogue avec les filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>Showing results for %1 — search for %2 instead.</source>
        <translation>Résultats pour %1 — rechercher plutôt %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="251" />
        <source>Not found: %1</source>
        <translation>Introuvables : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253" />
        <source>Results contain some of your words; no practice has all of them.</source>
        <translation>Les résultats contiennent certains de vos mots ; aucune pratique ne les a tous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329" />
        <source>Suggest a practice…</source>
        <translation>Proposer une pratique…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="333" />
        <source>Import update…</source>
        <translation>Importer une mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334" />
        <source>Check the inbox for updates</source>
        <translation>Chercher les mises à jour dans le dossier de réception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335" />
        <source>Roll back to the previous catalogue…</source>
        <translation>Revenir au catalogue précédent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343" />
        <source>Contribution saved to %1: send this file to the catalogue editors.</source>
        <translation>Contribution enregistrée dans %1 : envoyez ce fichier aux responsables du catalogue.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="83" />
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="84" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="85" />
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="86" />
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="87" />
        <source>★ Bookmark</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="88" />
        <source>Bookmark this practice</source>
        <translation>Ajouter cette pratique aux favoris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="89" />
        <source>My note on this practice (saved automatically):</source>
        <translation>Ma note sur cette pratique (enregistrée automatiquement) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="90" />
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_view.py" line="91" />
        <source>Practice text</source>
        <translation>Texte de la pratique</translation>
    </message>
</context>
<context>
    <name>ReadingListsPane</name>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="120" />
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="121" />
        <source>Reading list</source>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="122" />
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="123" />
        <source>Make a new reading list</source>
        <translation>Créer une nouvelle liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="124" />
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="125" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="126" />
        <source>Delete this reading list (the practices stay in the catalogue)</source>
        <translation>Supprimer cette liste de lecture (les pratiques restent dans le catalogue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="127" />
        <source>Practices in this list</source>
        <translation>Pratiques de cette liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="128" />
        <source>Enter opens a practice; drag or Ctrl+Up/Ctrl+Down reorders; Delete removes it from the list</source>
        <translation>Entrée ouvre une pratique ; glisser ou Ctrl+Haut/Ctrl+Bas change l’ordre ; Suppr la retire de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="130" />
        <source>No reading list yet. Make one with New…, then add the practice open in the reader.</source>
        <translation>Aucune liste de lecture pour l’instant. Créez-en une avec Nouvelle…, puis ajoutez la pratique ouverte dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="132" />
        <source>&amp;Add the open practice</source>
        <translation>&amp;Ajouter la pratique ouverte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="133" />
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="134" />
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="135" />
        <source>Ctrl+Up</source>
        <translation>Ctrl+Haut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="136" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="137" />
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="138" />
        <source>Trainer’s &amp;comment on this practice (saved automatically):</source>
        <translation>&amp;Commentaire du formateur sur cette pratique (enregistré automatiquement) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="139" />
        <source>Trainer’s comment</source>
        <translation>Commentaire du formateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="140" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="141" />
        <source>Add a reading list from a .pclist file</source>
        <translation>Ajouter une liste de lecture depuis un fichier .pclist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="142" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="143" />
        <source>Save this list as a .pclist file to share</source>
        <translation>Enregistrer cette liste dans un fichier .pclist à partager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="144" />
        <source>Workshop &amp;pack…</source>
        <translation>Dossier d’a&amp;telier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="145" />
        <source>Print or save as PDF a pack of this list's practices</source>
        <translation>Imprimer ou enregistrer en PDF un dossier des pratiques de cette liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="255" />
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="256" />
        <source>Remove this practice and your comment on it from the list?</source>
        <translation>Retirer cette pratique et votre commentaire de la liste ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>New reading list</source>
        <translation>Nouvelle liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="300" />
        <source>Name of the list:</source>
        <translation>Nom de la liste :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="309" />
        <location filename="../../desktop/ui/reading_lists.py" line="358" />
        <source>This file cannot be imported as a reading list; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé comme liste de lecture ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>Rename the reading list</source>
        <translation>Renommer la liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="321" />
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="336" />
        <source>Delete the reading list</source>
        <translation>Supprimer la liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="337" />
        <source>Delete the list “%1” and its comments? The practices stay in the catalogue, and your bookmarks and notes are kept.</source>
        <translation>Supprimer la liste « %1 » et ses commentaires ? Les pratiques restent dans le catalogue, et vos favoris et notes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="348" />
        <source>Import a reading list</source>
        <translation>Importer une liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="349" />
        <location filename="../../desktop/ui/reading_lists.py" line="375" />
        <source>Reading lists (*.pclist)</source>
        <translation>Listes de lecture (*.pclist)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="374" />
        <source>Export the reading list</source>
        <translation>Exporter la liste de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_lists.py" line="394" />
        <source>Reading lists</source>
        <translation>Listes de lecture</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="30" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33" />
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="35" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="40" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42" />
        <location filename="../../desktop/ui/dialogs.py" line="66" />
        <source>Folder checked for updates</source>
        <translation>Dossier où chercher les mises à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <source>e.g. a USB stick or a shared folder</source>
        <translation>p. ex. une clé USB ou un dossier partagé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="44" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <source>Text size:</source>
        <translation>Taille du texte :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>Also look for updates in:</source>
        <translation>Chercher aussi les mises à jour dans :</translation>
    </message>
</context>
</TS>
