<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MarginWords</name>
    <message>
        <location filename="../../window/accessibility/margin.py" line="35"/>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/accessibility/margin.py" line="38"/>
        <source>%n highlight(s), in reading order</source>
        <translation>
            <numerusform>%n surlignage, dans l’ordre de lecture</numerusform>
            <numerusform>%n surlignages, dans l’ordre de lecture</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../window/accessibility/margin.py" line="41"/>
        <source>No note</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>MinimapWords</name>
    <message>
        <location filename="../../window/accessibility/minimap.py" line="27"/>
        <source>Highlights map</source>
        <translation>Carte des surlignages</translation>
    </message>
    <message>
        <location filename="../../window/accessibility/minimap.py" line="32"/>
        <source>No highlights</source>
        <translation>Aucun surlignage</translation>
    </message>
    <message>
        <location filename="../../window/accessibility/minimap.py" line="34"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/accessibility/minimap.py" line="38"/>
        <source>%n highlight(s), at {places} of the text</source>
        <translation>
            <numerusform>%n surlignage, à {places} du texte</numerusform>
            <numerusform>%n surlignages, à {places} du texte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../window/accessibility/minimap.py" line="41"/>
        <source>{highlights}; {hits}</source>
        <translation>{highlights} ; {hits}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/accessibility/minimap.py" line="42"/>
        <source>%n search hit(s)</source>
        <translation>
            <numerusform>%n résultat de recherche</numerusform>
            <numerusform>%n résultats de recherche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingViewWords</name>
    <message>
        <location filename="../../window/accessibility/describe.py" line="22"/>
        <source>No highlights.</source>
        <translation>Aucun surlignage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/accessibility/describe.py" line="23"/>
        <source>%n highlight(s); the notes margin lists them.</source>
        <translation>
            <numerusform>%n surlignage ; la marge des notes le liste.</numerusform>
            <numerusform>%n surlignages ; la marge des notes les liste.</numerusform>
        </translation>
    </message>
</context>
</TS>