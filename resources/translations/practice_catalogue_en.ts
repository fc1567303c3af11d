<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="48" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="125" />
        <location filename="../../desktop/ui/workshop_pack.py" line="81" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n practice</numerusform>
            <numerusform>%n practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/briefs.py" line="145" />
        <source>%n practice(s) exported to %1.</source>
        <translation>
            <numerusform>%n practice exported to %1.</numerusform>
            <numerusform>%n practices exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/menus.py" line="119" />
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/start_page.py" line="63" />
        <source>%n practice(s) of multi-level governance of migration, to search, filter, read and print.</source>
        <translation>
            <numerusform>%n practice of multi-level governance of migration, to search, filter, read and print.</numerusform>
            <numerusform>%n practices of multi-level governance of migration, to search, filter, read and print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/updates_ui.py" line="53" />
        <source>This update removes %n practice(s) you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</source>
        <translation>
            <numerusform>This update removes %n practice you bookmarked or wrote a note on. It will no longer appear in searches; your note and bookmark stay, under Bookmarks, marked (removed):</numerusform>
            <numerusform>This update removes %n practices you bookmarked or wrote a note on. They will no longer appear in searches; your notes and bookmarks stay, under Bookmarks, marked (removed):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reading_lists_menu.py" line="202" />
        <source>Workshop pack saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Workshop pack saved: %1 (%n page).</numerusform><numerusform>Workshop pack saved: %1 (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="241" />
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n practice</numerusform>
            <numerusform>%n practices</numerusform>
        </translation>
    </message>
</context>
</TS>
