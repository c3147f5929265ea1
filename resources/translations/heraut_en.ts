<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>heraut::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="74" />
        <source>Refreshing %n feed(s)…</source>
        <translation><numerusform>Refreshing %n feed…</numerusform><numerusform>Refreshing %n feeds…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="266" />
        <source>%n feed(s) failing</source>
        <translation><numerusform>%n feed failing</numerusform><numerusform>%n feeds failing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="385" />
        <source>%n article(s) marked read.</source>
        <translation><numerusform>%n article marked read.</numerusform><numerusform>%n articles marked read.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="394" />
        <source>%n article(s) unread again.</source>
        <translation><numerusform>%n article unread again.</numerusform><numerusform>%n articles unread again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="422" />
        <location filename="../../src/app/MainWindow.cpp" line="435" />
        <source>%n new article(s).</source>
        <translation><numerusform>%n new article.</numerusform><numerusform>%n new articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="427" />
        <source>%n feed(s) failed.</source>
        <translation><numerusform>%n feed failed.</numerusform><numerusform>%n feeds failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="489" />
        <source>Heraut: %n unread</source>
        <translation><numerusform>Heraut: %n unread</numerusform><numerusform>Heraut: %n unread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="628" />
        <source>Added %1: %n article(s).</source>
        <translation><numerusform>Added %1: %n article.</numerusform><numerusform>Added %1: %n articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="645" />
        <source>%n feed(s) added.</source>
        <translation><numerusform>%n feed added.</numerusform><numerusform>%n feeds added.</numerusform></translation>
    </message>
</context>
</TS>