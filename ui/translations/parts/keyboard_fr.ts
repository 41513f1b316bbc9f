<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InterfaceSize</name>
    <message>
        <location filename="../../window/interface_size.py" line="41"/>
        <source>&amp;Interface text size</source>
        <translation>Taille du texte de l’&amp;interface</translation>
    </message>
    <message>
        <location filename="../../window/interface_size.py" line="43"/>
        <source>&amp;Smaller</source>
        <translation>Plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../window/interface_size.py" line="43"/>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../window/interface_size.py" line="44"/>
        <source>&amp;Larger</source>
        <translation>Plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../window/interface_size.py" line="44"/>
        <source>L&amp;argest</source>
        <translation>&amp;Très grand</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>&amp;Next hit</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious hit</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Show or hide the li&amp;brary</source>
        <translation>Afficher ou masquer la &amp;bibliothèque</translation>
    </message>
</context>
<context>
    <name>OriginalMenuItem</name>
    <message>
        <source>O&amp;riginal</source>
        <translation>&amp;Original</translation>
    </message>
</context>
<context>
    <name>OutlineActions</name>
    <message>
        <source>Add book&amp;mark…</source>
        <translation>Ajouter un &amp;marque-page…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>Sé&amp;pia</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
</TS>
