<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <location filename="../../src/app/CoreMessages.cpp" line="47" />
        <source>Searched the first %1 words; %n more were left out.</source>
        <translation><numerusform>Searched the first %1 words; %n more were left out.</numerusform><numerusform>Searched the first %1 words; %n more were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/CoreMessages.cpp" line="85" />
        <source>And %n more note(s) like these.</source>
        <translation><numerusform>And %n more note like these.</numerusform><numerusform>And %n more notes like these.</numerusform></translation>
    </message>
</context>
<context>
    <name>FeedErrorText</name>
    <message numerus="yes">
        <location filename="../../src/app/FeedErrorText.cpp" line="58" />
        <source>%n fetched article(s) could not be stored: the news cache refused them. The next refresh fetches them again.</source>
        <translation><numerusform>%n fetched article could not be stored: the news cache refused them. The next refresh fetches them again.</numerusform><numerusform>%n fetched articles could not be stored: the news cache refused them. The next refresh fetches them again.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message numerus="yes">
        <location filename="../../src/app/SyncErrorText.cpp" line="89" />
        <source>sending %n change(s)</source>
        <translation><numerusform>sending %n change</numerusform><numerusform>sending %n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::BriefingPage</name>
    <message numerus="yes">
        <location filename="../../src/app/BriefingPage.cpp" line="182" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::DatabaseRescueDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="154" />
        <source>Check: SQLite found %n problem(s) in the file. Repair keeps what can be read.</source>
        <translation><numerusform>Check: SQLite found %n problem in the file. Repair keeps what can be read.</numerusform><numerusform>Check: SQLite found %n problems in the file. Repair keeps what can be read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="159" />
        <source>And %n more.</source>
        <translation><numerusform>And %n more.</numerusform><numerusform>And %n more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="186" />
        <source>%n feed(s)</source>
        <translation><numerusform>%n feed</numerusform><numerusform>%n feeds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="186" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="193" />
        <source>%n article(s) lost their text; the next refresh fetches what the feeds still carry.</source>
        <translation><numerusform>%n article lost its text; the next refresh fetches what the feeds still carry.</numerusform><numerusform>%n articles lost their text; the next refresh fetches what the feeds still carry.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="197" />
        <source>%n article(s) lost their read and star marks and show as unread.</source>
        <translation><numerusform>%n article lost its read and star marks and shows as unread.</numerusform><numerusform>%n articles lost their read and star marks and show as unread.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DatabaseRescueDialog.cpp" line="200" />
        <source>%n feed(s) were lost; their articles are kept under "Recovered feed".</source>
        <translation><numerusform>%n feed was lost; its articles are kept under "Recovered feed".</numerusform><numerusform>%n feeds were lost; their articles are kept under "Recovered feed".</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedActions</name>
    <message numerus="yes">
        <location filename="../../src/app/FeedActions.cpp" line="263" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>Added %1: %n article.</numerusform><numerusform>Added %1: %n articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/FeedActions.cpp" line="280" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed added.</numerusform><numerusform>%n feeds added.</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::FeedTreeModel</name>
    <message numerus="yes">
        <location filename="../../src/app/FeedTreeModel.cpp" line="170" />
        <source>Watch-list: %1
%n article(s)</source>
        <translation><numerusform>Watch-list: %1
%n article</numerusform><numerusform>Watch-list: %1
%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="84" />
        <source>%n new article(s) in this watch-list.</source>
        <translation><numerusform>%n new article in this watch-list.</numerusform><numerusform>%n new articles in this watch-list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="90" />
        <source>%n mark(s) wait to be saved.</source>
        <translation><numerusform>%n mark wait to be saved.</numerusform><numerusform>%n marks wait to be saved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="143" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>Refreshing %n feed…</numerusform><numerusform>Refreshing %n feeds…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="472" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed failing</numerusform><numerusform>%n feeds failing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="570" />
        <source>%n article(s) could not be stored; the next refresh fetches them again.</source>
        <translation><numerusform>%n article could not be stored; the next refresh fetches them again.</numerusform><numerusform>%n articles could not be stored; the next refresh fetches them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="692" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n article marked read.</numerusform><numerusform>%n articles marked read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="700" />
        <source>%n article(s) marked read by scrolling past.</source>
        <translation><numerusform>%n article marked read by scrolling past.</numerusform><numerusform>%n articles marked read by scrolling past.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="710" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n article unread again.</numerusform><numerusform>%n articles unread again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="746" />
        <location filename="../../src/app/MainWindow.cpp" line="759" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n new article.</numerusform><numerusform>%n new articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="751" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed failed.</numerusform><numerusform>%n feeds failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="829" />
        <source>%n unread</source>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="830" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n unread</numerusform><numerusform>Heraut: %n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="930" />
        <source>%n read or star mark(s) could not be saved.</source>
        <translation><numerusform>%n read or star mark could not be saved.</numerusform><numerusform>%n read or star marks could not be saved.</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::RefreshProgress</name>
    <message numerus="yes">
        <location filename="../../src/app/RefreshProgress.cpp" line="90" />
        <source>Waiting for %1 and %n more</source>
        <translation><numerusform>Waiting for %1 and %n more</numerusform><numerusform>Waiting for %1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::SearchScope</name>
    <message numerus="yes">
        <location filename="../../src/app/SearchScope.cpp" line="77" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::StoryMode</name>
    <message numerus="yes">
        <location filename="../../src/app/StoryMode.cpp" line="111" />
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
</context>
<context>
    <name>heraut::app::SyncController</name>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="60" />
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n change waiting to sync</numerusform><numerusform>%n changes waiting to sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="213" />
        <source>Synced %n account(s): %1.</source>
        <translation><numerusform>Synced %n account: %1.</numerusform><numerusform>Synced %n accounts: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/SyncController.cpp" line="214" />
        <source>%n new article(s)</source>
        <translation><numerusform>%n new article</numerusform><numerusform>%n new articles</numerusform></translation>
    </message>
</context>
</TS>