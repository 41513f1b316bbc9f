<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BookmarkActions</name>
    <message>
        <location filename="../../window/outline/bookmarks.py" line="55"/>
        <source>No document open: open one to bookmark a place in it</source>
        <translation>Aucun document ouvert : ouvrez-en un pour y ajouter un marque-page</translation>
    </message>
    <message>
        <location filename="../../window/outline/bookmarks.py" line="59"/>
        <source>Add bookmark</source>
        <translation>Ajouter un marque-page</translation>
    </message>
    <message>
        <location filename="../../window/outline/bookmarks.py" line="60"/>
        <source>Name (optional):</source>
        <translation>Nom (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../window/outline/bookmarks.py" line="75"/>
        <source>Rename bookmark</source>
        <translation>Renommer le marque-page</translation>
    </message>
    <message>
        <location filename="../../window/outline/bookmarks.py" line="76"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>CardArea</name>
    <message>
        <location filename="../../window/notes/margin.py" line="66"/>
        <source>Highlights beside the text</source>
        <translation>Surlignages en regard du texte</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="67"/>
        <source>One card per highlight, level with its passage: click one to edit it</source>
        <translation>Une fiche par surlignage, à la hauteur de son passage : cliquez sur l’une d’elles pour la modifier</translation>
    </message>
</context>
<context>
    <name>ColorNamesDialog</name>
    <message>
        <location filename="../../window/notes/labels_dialog.py" line="17"/>
        <source>Colour names</source>
        <translation>Noms des couleurs</translation>
    </message>
    <message>
        <location filename="../../window/notes/labels_dialog.py" line="26"/>
        <source>Name for {colour}</source>
        <translation>Nom pour le {colour}</translation>
    </message>
    <message>
        <location filename="../../window/notes/labels_dialog.py" line="27"/>
        <source>Empty: the colour's own name</source>
        <translation>Vide : le nom de la couleur elle-même</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../window/reading/find_bar.py" line="45"/>
        <location filename="../../window/reading/find_bar.py" line="46"/>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="48"/>
        <source>Exact case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="49"/>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="53"/>
        <source>Previous (Shift+F3)</source>
        <translation>Précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="54"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="55"/>
        <source>Next (F3, Enter)</source>
        <translation>Suivant (F3, Entrée)</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="56"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="57"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="58"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="114"/>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="116"/>
        <source>{current} of {total}+</source>
        <translation>{current} sur {total}+</translation>
    </message>
    <message>
        <location filename="../../window/reading/find_bar.py" line="119"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FoldLabel</name>
    <message>
        <location filename="../../window/notes/detached.py" line="119"/>
        <source>Click to fold or unfold the list below</source>
        <translation>Cliquez pour replier ou déplier la liste ci-dessous</translation>
    </message>
</context>
<context>
    <name>HighlightBar</name>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="27"/>
        <source>Highlight colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="28"/>
        <source>Highlights the selected text in the colour picked (keys 1 to 5)</source>
        <translation>Surligne le texte sélectionné dans la couleur choisie (touches 1 à 5)</translation>
    </message>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="53"/>
        <source>Highlight {label} ({colour})</source>
        <translation>Surligner « {label} » ({colour})</translation>
    </message>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="55"/>
        <source>Highlight {colour}</source>
        <translation>Surligner en {colour}</translation>
    </message>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="62"/>
        <source>{label} ({key})</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <location filename="../../window/reading/highlight_bar.py" line="65"/>
        <source>Highlights the selected text (key {key})</source>
        <translation>Surligne le texte sélectionné (touche {key})</translation>
    </message>
</context>
<context>
    <name>HighlightEditor</name>
    <message>
        <location filename="../../window/notes/editor.py" line="37"/>
        <source>Tags, separated by commas (or #one #two)</source>
        <translation>Étiquettes, séparées par des virgules (ou #une #deux)</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="39"/>
        <source>Separate tags with commas: ai companions, ethics. Spaces inside a tag become '-' (#ai-companions), as Obsidian spells tags.
Or start with # and separate with spaces: #labour #platforms.</source>
        <translation>Séparez les étiquettes par des virgules : compagnons ia, éthique. Les espaces dans une étiquette deviennent « - » (#compagnons-ia), comme Obsidian écrit les étiquettes.
Ou commencez par # et séparez-les par des espaces : #travail #plateformes.</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="136"/>
        <source>Your note (Markdown: *emphasis*, **strong**, [link](https://…))</source>
        <translation>Votre note (Markdown : *italique*, **gras**, [lien](https://…))</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="138"/>
        <source>The highlight's note, in Markdown; saved as you type</source>
        <translation>La note du surlignage, en Markdown ; enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="145"/>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="159"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="199"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="201"/>
        <source>The library refused this edit; it is kept here until it can be saved (Retry above, or edit again)</source>
        <translation>La bibliothèque a refusé cette modification ; elle est conservée ici jusqu’à ce qu’elle puisse être enregistrée (Réessayer ci-dessus, ou modifiez à nouveau)</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="206"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="207"/>
        <source>Delete this highlight (undo with Ctrl+Z)</source>
        <translation>Supprimer ce surlignage (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="208"/>
        <source>Delete the highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="243"/>
        <source>{label} ({colour})</source>
        <translation>{label} ({colour})</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="244"/>
        <source>Colour {label} ({colour})</source>
        <translation>Couleur « {label} » ({colour})</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="248"/>
        <source>Colour {colour}</source>
        <translation>Couleur {colour}</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="249"/>
        <source>Gives the highlight this colour</source>
        <translation>Donne cette couleur au surlignage</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="260"/>
        <source>“{quote}”</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="287"/>
        <source>No note yet.</source>
        <translation>Pas encore de note.</translation>
    </message>
</context>
<context>
    <name>LinkFollower</name>
    <message>
        <location filename="../../window/outline/links.py" line="31"/>
        <source>This link's target is not known ({href}): re-import the document if it was imported before links could be followed</source>
        <translation>La cible de ce lien est inconnue ({href}) : réimportez le document s’il a été importé avant que les liens puissent être suivis</translation>
    </message>
    <message>
        <location filename="../../window/outline/links.py" line="100"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../../window/outline/links.py" line="101"/>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?

{address}</translation>
    </message>
    <message>
        <location filename="../../window/outline/links.py" line="107"/>
        <source>{address}: no program to open it with</source>
        <translation>{address} : aucun programme pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../window/reading/minimap.py" line="44"/>
        <source>Highlights and search hits in this document: click to go there</source>
        <translation>Surlignages et résultats de recherche dans ce document : cliquez pour y aller</translation>
    </message>
    <message>
        <location filename="../../window/reading/minimap.py" line="46"/>
        <source>Minimap</source>
        <translation>Minicarte</translation>
    </message>
    <message>
        <location filename="../../window/reading/minimap.py" line="47"/>
        <source>Where the highlights and search hits are in this document; click to go there</source>
        <translation>Où se trouvent les surlignages et les résultats de recherche dans ce document ; cliquez pour y aller</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <location filename="../../window/notes/editor.py" line="76"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="76"/>
        <source>Write the note (Markdown)</source>
        <translation>Écrire la note (Markdown)</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="77"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../window/notes/editor.py" line="77"/>
        <source>The note rendered, links clickable</source>
        <translation>La note mise en forme, liens cliquables</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../window/notes/note_card.py" line="254"/>
        <source>“{quote}”</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <location filename="../../window/notes/note_card.py" line="267"/>
        <source>Highlight “{quote}”</source>
        <translation>Surlignage « {quote} »</translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <location filename="../../window/notes/note_card.py" line="51"/>
        <source>… more</source>
        <translation>… suite</translation>
    </message>
    <message>
        <location filename="../../window/notes/note_card.py" line="199"/>
        <source>The editor shows the whole note</source>
        <translation>L’éditeur affiche la note entière</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message>
        <location filename="../../window/notes/document_note.py" line="15"/>
        <source>Open a document to write a note on it</source>
        <translation>Ouvrez un document pour y écrire une note</translation>
    </message>
    <message>
        <location filename="../../window/notes/document_note.py" line="16"/>
        <source>A note on this whole document (Markdown)…</source>
        <translation>Une note sur l’ensemble du document (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="181"/>
        <source>Notes margin</source>
        <translation>Marge des notes</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="189"/>
        <source>Document note</source>
        <translation>Note du document</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="190"/>
        <source>A note on this whole document, in Markdown; saved as you type</source>
        <translation>Une note sur l’ensemble du document, en Markdown ; enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="196"/>
        <source>Their passage is no longer in this version of the text; their notes are kept. Click one to read, edit or delete it; click here to fold the list.</source>
        <translation>Leur passage ne figure plus dans cette version du texte ; leurs notes sont conservées. Cliquez sur l’un d’eux pour le lire, le modifier ou le supprimer ; cliquez ici pour replier la liste.</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="204"/>
        <source>Detached highlights</source>
        <translation>Surlignages détachés</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="205"/>
        <source>Highlights whose passage is no longer in this version: click one to edit it</source>
        <translation>Surlignages dont le passage ne figure plus dans cette version : cliquez sur l’un d’eux pour le modifier</translation>
    </message>
    <message>
        <location filename="../../window/notes/margin.py" line="251"/>
        <source>1 highlight whose passage is no longer in this version</source>
        <translation>1 surlignage dont le passage ne figure plus dans cette version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../window/notes/margin.py" line="252"/>
        <source>%n highlights whose passages are no longer in this version</source>
        <translation>
            <numerusform>%n surlignage dont le passage ne figure plus dans cette version</numerusform>
            <numerusform>%n surlignages dont les passages ne figurent plus dans cette version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginalMenuItem</name>
    <message>
        <location filename="../../window/original/link.py" line="169"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../../window/original/link.py" line="172"/>
        <source>The document's own pages beside its text</source>
        <translation>Les pages mêmes du document, à côté de son texte</translation>
    </message>
    <message>
        <location filename="../../window/original/link.py" line="200"/>
        <source>This document has no original view (PDFs, EPUBs, web pages and Markdown have one).</source>
        <translation>Ce document n’a pas de vue de l’original (les PDF, EPUB, pages web et fichiers Markdown en ont une).</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../../window/original/panel.py" line="104"/>
        <location filename="../../window/original/panel.py" line="113"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="105"/>
        <source>Enter the password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="106"/>
        <source>Enter the PDF's password</source>
        <translation>Saisir le mot de passe du PDF</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="117"/>
        <source>Fit the page's width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="118"/>
        <source>Fit the whole page</source>
        <translation>Ajuster à la page entière</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="119"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="120"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="122"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="122"/>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="122"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="123"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="128"/>
        <source>Close the original (View → Original)</source>
        <translation>Fermer l’original (Affichage → Original)</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="129"/>
        <source>Close the original</source>
        <translation>Fermer l’original</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="160"/>
        <location filename="../../window/original/panel.py" line="217"/>
        <source>The original cannot be shown: {reason}</source>
        <translation>L’original ne peut pas être affiché : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="166"/>
        <source>There is no view of the original of a {extension} file.</source>
        <translation>Il n’existe pas de vue de l’original pour un fichier {extension}.</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="213"/>
        <source>This PDF is encrypted: showing its pages needs its password (which Marginalia never keeps).

{reason}</source>
        <translation>Ce PDF est chiffré : afficher ses pages nécessite son mot de passe (que Marginalia ne conserve jamais).

{reason}</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="221"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../window/original/panel.py" line="222"/>
        <source>The PDF's password:</source>
        <translation>Mot de passe du PDF :</translation>
    </message>
</context>
<context>
    <name>OutlineActions</name>
    <message>
        <location filename="../../window/outline/actions.py" line="32"/>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../window/outline/actions.py" line="38"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../window/outline/actions.py" line="40"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../window/outline/actions.py" line="43"/>
        <source>Add book&amp;mark…</source>
        <translation>Ajouter un &amp;marque-page…</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../window/outline/model.py" line="27"/>
        <source>Bookmarks</source>
        <translation>Marque-pages</translation>
    </message>
    <message>
        <location filename="../../window/outline/model.py" line="71"/>
        <source>(end of the text)</source>
        <translation>(fin du texte)</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../window/outline/panel.py" line="41"/>
        <source>This document has no headings.</source>
        <translation>Ce document n’a pas de titres.</translation>
    </message>
    <message>
        <location filename="../../window/outline/panel.py" line="59"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../window/outline/panel.py" line="60"/>
        <source>The document's sections, then its bookmarks: activate one to go there</source>
        <translation>Les sections du document, puis ses marque-pages : activez-en un pour y aller</translation>
    </message>
    <message>
        <location filename="../../window/outline/panel.py" line="161"/>
        <source>&amp;Rename bookmark…</source>
        <translation>&amp;Renommer le marque-page…</translation>
    </message>
    <message>
        <location filename="../../window/outline/panel.py" line="163"/>
        <source>Re&amp;move bookmark</source>
        <translation>&amp;Supprimer le marque-page</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../window/original/renderer.py" line="145"/>
        <source>this page could not be shown ({reason})</source>
        <translation>cette page n’a pas pu être affichée ({reason})</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../../window/reading/pane_header.py" line="25"/>
        <location filename="../../window/reading/pane_header.py" line="30"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane_header.py" line="28"/>
        <source>The document's own pages beside its text (View → Original, Ctrl+Shift+P)</source>
        <translation>Les pages mêmes du document, à côté de son texte (Affichage → Original, Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane_header.py" line="32"/>
        <source>Shows or hides the document's own pages beside its text</source>
        <translation>Affiche ou masque les pages mêmes du document, à côté de son texte</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane_header.py" line="39"/>
        <source>Close this pane (View → Close the second pane)</source>
        <translation>Fermer ce volet (Affichage → Fermer le second volet)</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane_header.py" line="40"/>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
</context>
<context>
    <name>PdfOriginal</name>
    <message>
        <location filename="../../window/original/pdf_view.py" line="57"/>
        <source>The PDF's pages</source>
        <translation>Les pages du PDF</translation>
    </message>
    <message>
        <location filename="../../window/original/pdf_view.py" line="58"/>
        <source>The original pages, highlights drawn on them: select text to highlight it</source>
        <translation>Les pages originales, avec leurs surlignages : sélectionnez du texte pour le surligner</translation>
    </message>
    <message>
        <location filename="../../window/original/pdf_view.py" line="337"/>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location filename="../../window/reading/progress.py" line="44"/>
        <source>p. {page} of {pages}</source>
        <translation>p. {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../window/reading/progress.py" line="47"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../window/reading/progress.py" line="99"/>
        <source>{progress} through this document</source>
        <translation>Position dans ce document : {progress}</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <location filename="../../window/reading/progress.py" line="127"/>
        <source>How far through the open document you are</source>
        <translation>Votre progression dans le document ouvert</translation>
    </message>
    <message>
        <location filename="../../window/reading/progress.py" line="128"/>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../window/reading/pane.py" line="310"/>
        <source>Your note was not saved (kept for retry): {reason}</source>
        <translation>Votre note n’a pas été enregistrée (conservée pour un nouvel essai) : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane.py" line="311"/>
        <source>Your tags were not saved (kept for retry): {reason}</source>
        <translation>Vos étiquettes n’ont pas été enregistrées (conservées pour un nouvel essai) : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane.py" line="312"/>
        <source>Your colour was not saved (kept for retry): {reason}</source>
        <translation>Votre couleur n’a pas été enregistrée (conservée pour un nouvel essai) : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/reading/pane.py" line="313"/>
        <source>Your document note was not saved (kept for retry): {reason}</source>
        <translation>Votre note du document n’a pas été enregistrée (conservée pour un nouvel essai) : {reason}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../window/reading/view.py" line="51"/>
        <source>No document open.

Pick one in the library, or import texts ({extensions}): File → Import… (Ctrl+O), or drop files on this window.</source>
        <translation>Aucun document ouvert.

Choisissez-en un dans la bibliothèque, ou importez des textes ({extensions}) : Fichier → Importer… (Ctrl+O), ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../window/reading/view.py" line="87"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../../window/reading/view.py" line="88"/>
        <source>The open document: select words to highlight them, with the keys 1 to 5 or the colour bar</source>
        <translation>Le document ouvert : sélectionnez des mots pour les surligner, avec les touches 1 à 5 ou la barre des couleurs</translation>
    </message>
    <message>
        <location filename="../../window/reading/view.py" line="426"/>
        <source>Edit highlight…</source>
        <translation>Modifier le surlignage…</translation>
    </message>
    <message>
        <location filename="../../window/reading/view.py" line="428"/>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>SourceOriginal</name>
    <message>
        <location filename="../../window/original/source_view.py" line="59"/>
        <source>The original</source>
        <translation>L’original</translation>
    </message>
    <message>
        <location filename="../../window/original/source_view.py" line="60"/>
        <source>The document as its own file shows it, highlights drawn on it</source>
        <translation>Le document tel que son propre fichier l’affiche, avec ses surlignages</translation>
    </message>
    <message>
        <location filename="../../window/original/source_view.py" line="90"/>
        <source>The original cannot be shown.

{reason}</source>
        <translation>L’original ne peut pas être affiché.

{reason}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../window/theme.py" line="25"/>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <location filename="../../window/theme.py" line="26"/>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../../window/theme.py" line="27"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location filename="../../window/theme.py" line="28"/>
        <source>pink</source>
        <translation>rose</translation>
    </message>
    <message>
        <location filename="../../window/theme.py" line="29"/>
        <source>purple</source>
        <translation>violet</translation>
    </message>
    </context>
</TS>