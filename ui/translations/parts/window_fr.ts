<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;p&gt;Offline reading, highlighting and annotation of your own library.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder&lt;/b&gt; (this library): &lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Marginalia is free software under the {licence} licence. It is built on these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lecture, surlignage et annotation hors ligne de votre propre bibliothèque.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des données&lt;/b&gt; (cette bibliothèque) : &lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Marginalia est un logiciel libre sous licence {licence}. Il s’appuie sur ces bibliothèques logicielles, chacune sous sa propre licence :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque logicielle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&lt;p&gt;PySide6 and Qt are used under the LGPL-3.0, as shared libraries you may replace with your own build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PySide6 et Qt sont utilisés sous licence LGPL-3.0, en tant que bibliothèques partagées que vous pouvez remplacer par votre propre compilation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>À propos de Marginalia</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Could not open {link}: {reason}</source>
        <translation>Impossible d’ouvrir {link} : {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n document(s) re-created ({present} already here)</source>
        <translation><numerusform>%n document recréé ({present} déjà présents)</numerusform><numerusform>%n documents recréés ({present} déjà présents)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) restored</source>
        <translation><numerusform>%n surlignage restauré</numerusform><numerusform>%n surlignages restaurés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n newer edit(s) taken</source>
        <translation><numerusform>%n modification plus récente reprise</numerusform><numerusform>%n modifications plus récentes reprises</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document note(s)</source>
        <translation><numerusform>%n note de document</numerusform><numerusform>%n notes de document</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation><numerusform>%n déjà présent</numerusform><numerusform>%n déjà présents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n refusé</numerusform><numerusform>%n refusés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n ignoré</numerusform><numerusform>%n ignorés</numerusform></translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): {reason}</source>
        <translation><numerusform>%n autre élément : {reason}</numerusform><numerusform>%n autres éléments : {reason}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{title}: document not in this library (%n annotation(s)); import it first, then restore again</source>
        <translation><numerusform>{title} : document absent de cette bibliothèque (%n annotation) ; importez-le d’abord, puis restaurez de nouveau</numerusform><numerusform>{title} : document absent de cette bibliothèque (%n annotations) ; importez-le d’abord, puis restaurez de nouveau</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed in the current text of their document</source>
        <translation><numerusform>%n surlignage n’a pas pu être placé dans le texte actuel de son document</numerusform><numerusform>%n surlignages n’ont pas pu être placés dans le texte actuel de leur document</numerusform></translation>
    </message>
    <message>
        <source>Back up library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Marginalia backups (*.zip)</source>
        <translation>Sauvegardes Marginalia (*.zip)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Sauvegarde de la bibliothèque…</translation>
    </message>
    <message>
        <source>Backup stopped; nothing was written</source>
        <translation>Sauvegarde arrêtée ; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n document(s) with their annotations to {path}</source>
        <translation><numerusform>%n document sauvegardé avec ses annotations dans {path}</numerusform><numerusform>%n documents sauvegardés avec leurs annotations dans {path}</numerusform></translation>
    </message>
    <message>
        <source>Library backed up</source>
        <translation>Bibliothèque sauvegardée</translation>
    </message>
    <message>
        <source>File → Restore… with this file rebuilds the library, here or on another computer.</source>
        <translation>Fichier → Restaurer… avec ce fichier reconstruit la bibliothèque, ici ou sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Marginalia backups (*.zip *.json);;All files (*)</source>
        <translation>Sauvegardes Marginalia (*.zip *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <source>Restored {name}: {summary}</source>
        <translation>Restauration de {name} : {summary}</translation>
    </message>
    <message>
        <source>Restore stopped: {summary}</source>
        <translation>Restauration arrêtée : {summary}</translation>
    </message>
    <message>
        <source>Everything in this backup was already in the library.</source>
        <translation>Tout le contenu de cette sauvegarde était déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{why}. What was restored stays; restore the same file again to complete it.</source>
        <translation>{why}. Ce qui a été restauré est conservé ; restaurez de nouveau le même fichier pour terminer.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Show Details…)</source>
        <translation><numerusform>et %n autre (Afficher les détails…)</numerusform><numerusform>et %n autres (Afficher les détails…)</numerusform></translation>
    </message>
    <message>
        <source>Restore stopped</source>
        <translation>Restauration arrêtée</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>Restored from {name}:</source>
        <translation>Restauré depuis {name} :</translation>
    </message>
</context>
<context>
    <name>EmptyLibrary</name>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>File → Import… ({key})</source>
        <translation>Fichier → Importer… ({key})</translation>
    </message>
    <message>
        <source>drag files or folders onto this window</source>
        <translation>faites glisser des fichiers ou des dossiers sur cette fenêtre</translation>
    </message>
    <message>
        <source>in a terminal: &lt;code&gt;marginalia import FILE…&lt;/code&gt;</source>
        <translation>dans un terminal : &lt;code&gt;marginalia import FICHIER…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Bring in the texts, web pages and books you want to read and annotate:</source>
        <translation>Ajoutez les textes, pages web et livres que vous voulez lire et annoter :</translation>
    </message>
    <message>
        <source>Marginalia reads {formats}.&lt;br&gt;Everything stays on this computer.</source>
        <translation>Marginalia lit {formats}.&lt;br&gt;Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Exportation des notes…</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>Exporté dans {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Export highlights and notes as Markdown files.</source>
        <translation>Exporter les surlignages et les notes en fichiers Markdown.</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Ce document : {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>The library: every document with highlights or a note (one file each and an index)</source>
        <translation>La bibliothèque : chaque document qui a des surlignages ou une note (un fichier par document et un index)</translation>
    </message>
    <message>
        <source>Also documents without highlights or notes</source>
        <translation>Aussi les documents sans surlignages ni notes</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’exportation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d’exportation</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Back up annotations</source>
        <translation>Sauvegarder les annotations</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Annotations backed up to {folder}.</source>
        <translation>Annotations sauvegardées dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Notes exported for %n document(s) to {folder}.</source>
        <translation><numerusform>Notes exportées pour %n document dans {folder}.</numerusform><numerusform>Notes exportées pour %n documents dans {folder}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, {unchanged} already up to date.</source>
        <translation><numerusform>%n fichier écrit, {unchanged} déjà à jour.</numerusform><numerusform>%n fichiers écrits, {unchanged} déjà à jour.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n document(s); the index file was left as it was.</source>
        <translation><numerusform>Arrêté avant %n autre document ; le fichier d’index est resté tel quel.</numerusform><numerusform>Arrêté avant les %n autres documents ; le fichier d’index est resté tel quel.</numerusform></translation>
    </message>
    <message>
        <source>No document has highlights or a note yet.</source>
        <translation>Aucun document n’a encore de surlignage ni de note.</translation>
    </message>
    <message>
        <source>You had edited these files since the last export, so they were kept; the new export was written beside them:</source>
        <translation>Vous aviez modifié ces fichiers depuis la dernière exportation : ils ont été conservés, et la nouvelle exportation a été écrite à côté :</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>&lt;p&gt;The user guide is the “{heading}” section of README.md, which this installation does not include (looked for {readme}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le guide d’utilisation est la section « {heading} » du fichier README.md (en anglais), que cette installation ne contient pas (cherché : {readme}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Marginalia — User guide</source>
        <translation>Marginalia — Guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>À &amp;propos de Marginalia</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>No supported files ({extensions}) found</source>
        <translation>Aucun fichier pris en charge ({extensions}) trouvé</translation>
    </message>
    <message>
        <source> (same content as {other})</source>
        <translation> (même contenu que {other})</translation>
    </message>
    <message>
        <source>Added {title}</source>
        <translation>Ajouté : {title}</translation>
    </message>
    <message>
        <source>New version of {title}</source>
        <translation>Nouvelle version de {title}</translation>
    </message>
    <message>
        <source>{title} was in the trash: restored with its annotations</source>
        <translation>{title} était dans la corbeille : document restauré avec ses annotations</translation>
    </message>
    <message>
        <source>{title} is already in the library</source>
        <translation>{title} est déjà dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new</source>
        <translation><numerusform>%n nouveau document importé</numerusform><numerusform>%n nouveaux documents importés</numerusform></translation>
    </message>
    <message>
        <source>new version of {title}</source>
        <translation>nouvelle version de {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s)</source>
        <translation><numerusform>%n nouvelle version</numerusform><numerusform>%n nouvelles versions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n restored from the trash</source>
        <translation><numerusform>%n document restauré depuis la corbeille</numerusform><numerusform>%n documents restaurés depuis la corbeille</numerusform></translation>
    </message>
    <message>
        <source>; already in the library: {names}</source>
        <translation> ; déjà dans la bibliothèque : {names}</translation>
    </message>
    <message>
        <source>Imported nothing</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n more file(s)</source>
        <translation><numerusform> ; arrêté avant %n autre fichier</numerusform><numerusform> ; arrêté avant %n autres fichiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation><numerusform>, %n refusé</numerusform><numerusform>, %n refusés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n file(s) of other types: {names}</source>
        <translation><numerusform> ; %n fichier d’un autre type ignoré : {names}</numerusform><numerusform> ; %n fichiers d’autres types ignorés : {names}</numerusform></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Texts and books ({patterns});;All (*)</source>
        <translation>Textes et livres ({patterns});;Tous (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation><numerusform>Importation de %n élément…</numerusform><numerusform>Importation de %n éléments…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… et %n autre</numerusform><numerusform>… et %n autres</numerusform></translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <source>Imported, with something to know</source>
        <translation>Importé, avec une remarque</translation>
    </message>
    <message>
        <source> That password did not open it.</source>
        <translation> Ce mot de passe ne l’a pas ouvert.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted.{again}
Password (used for this import only, never stored):</source>
        <translation>« {name} » est chiffré.{again}
Mot de passe (utilisé pour cette importation seulement, jamais enregistré) :</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe nécessaire</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>&amp;Remove from library</source>
        <translation>&amp;Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open beside</source>
        <translation>Ouvrir à côté</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source> · {keys} to undo</source>
        <translation> · {keys} pour annuler</translation>
    </message>
    <message>
        <source>Choose a document in the library first</source>
        <translation>Choisissez d’abord un document dans la bibliothèque</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>Nouveau titre de {old} : {new}</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>aucun auteur</translation>
    </message>
    <message>
        <source>Authors of {title}: {names}</source>
        <translation>Auteurs de {title} : {names}</translation>
    </message>
    <message>
        <source>Could not read the trash: {reason}</source>
        <translation>Impossible de lire la corbeille : {reason}</translation>
    </message>
    <message>
        <source>Moved {title} to the trash</source>
        <translation>Placé dans la corbeille : {title}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash: {titles}</source>
        <translation><numerusform>%n document placé dans la corbeille : {titles}</numerusform><numerusform>%n documents placés dans la corbeille : {titles}</numerusform></translation>
    </message>
    <message>
        <source>Restored {title} from the trash</source>
        <translation>Restauré depuis la corbeille : {title}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash: {titles}</source>
        <translation><numerusform>%n document restauré depuis la corbeille : {titles}</numerusform><numerusform>%n documents restaurés depuis la corbeille : {titles}</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Dernière lecture</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Nombre de surlignages</translation>
    </message>
    <message>
        <source>Added to the library</source>
        <translation>Ajouté à la bibliothèque</translation>
    </message>
    <message>
        <source>How far through its text you have read (where you left it)</source>
        <translation>Jusqu’où vous avez lu son texte (là où vous l’avez laissé)</translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Your documents: choosing one opens it; drag it to the right half of the text to read it beside</source>
        <translation>Vos documents : en choisir un l’ouvre ; faites-le glisser sur la moitié droite du texte pour le lire à côté</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current item; everything finished stays</source>
        <translation>Arrêter après l’élément en cours ; tout ce qui est terminé est conservé</translation>
    </message>
    <message>
        <source>Stopping ({job})…</source>
        <translation>Arrêt en cours ({job})…</translation>
    </message>
    <message>
        <source>{job} {done}/{total}: {name}</source>
        <translation>{job} {done}/{total} : {name}</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruction de l’index de recherche…</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>L’index de recherche a été reconstruit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter the library…</source>
        <translation>Filtrer la bibliothèque…</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Library or search</source>
        <translation>Bibliothèque ou recherche</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Back up &amp;library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
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
    <message>
        <source>&amp;Back up annotations (JSON)…</source>
        <translation>Sauvegarder les &amp;annotations (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Colour names…</source>
        <translation>&amp;Noms des couleurs…</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>Rec&amp;hercher dans le document…</translation>
    </message>
    <message>
        <source>Search the &amp;library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Ré&amp;duire le texte</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Taille de texte par défaut</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>RecentDocuments</name>
    <message>
        <source>No document read yet</source>
        <translation>Aucun document lu pour l’instant</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>Non disponible : {reason}</translation>
    </message>
    <message>
        <source>{source} · {percent} read</source>
        <translation>{source} · {percent} lu</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>One per line, or separated by commas</source>
        <translation>Un par ligne, ou séparés par des virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importé depuis {source}</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message numerus="yes">
        <source>Match 1 of %n in this document · F3 next, Shift+F3 previous</source>
        <translation><numerusform>Occurrence 1 sur %n dans ce document · F3 suivante, Maj+F3 précédente</numerusform><numerusform>Occurrence 1 sur %n dans ce document · F3 suivante, Maj+F3 précédente</numerusform></translation>
    </message>
    <message>
        <source>1 match in this document · F3 next, Shift+F3 previous</source>
        <translation>1 occurrence dans ce document · F3 suivante, Maj+F3 précédente</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search texts and notes…  "phrase"  OR  -word  pre*  tag:x</source>
        <translation>Rechercher dans les textes et les notes…  "phrase"  OR  -mot  préf*  tag:x</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search texts and notes as you type: "a phrase", OR, -word to leave out, pre* for a prefix, tag:x for a tag; Enter opens the first result</source>
        <translation>Recherche dans les textes et les notes pendant la saisie : "une phrase", OR, -mot pour l’exclure, préf* pour un préfixe, tag:x pour une étiquette ; Entrée ouvre le premier résultat</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only {label}</source>
        <translation>Seulement : {label}</translation>
    </message>
    <message>
        <source>Language: {label}</source>
        <translation>Langue : {label}</translation>
    </message>
    <message>
        <source>Tagged {label}</source>
        <translation>Étiquette : {label}</translation>
    </message>
    <message>
        <source>A filter: when on, only matching results show</source>
        <translation>Un filtre : activé, seuls les résultats correspondants s’affichent</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Vouliez-vous dire {link} ?</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n occurrence</numerusform><numerusform>%n occurrences</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other keys</source>
        <translation>Autres touches</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Ailleurs dans la fenêtre</translation>
    </message>
    <message>
        <source>Highlight the selection: {colors}</source>
        <translation>Surligner la sélection : {colors}</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Extend the selection (the colour bar follows)</source>
        <translation>Étendre la sélection (la barre des couleurs suit)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Open the row chosen</source>
        <translation>Ouvrir la ligne choisie</translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation>Filtre de la bibliothèque</translation>
    </message>
    <message>
        <source>Open the document the filter narrowed down to</source>
        <translation>Ouvrir le document retenu par le filtre</translation>
    </message>
    <message>
        <source>Open the first result</source>
        <translation>Ouvrir le premier résultat</translation>
    </message>
    <message>
        <source>From the query to the results</source>
        <translation>De la requête aux résultats</translation>
    </message>
    <message>
        <source>{group}: {where}</source>
        <translation>{group} : {where}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>The next or previous highlight</source>
        <translation>Le surlignage suivant ou précédent</translation>
    </message>
    <message>
        <source>Open the highlight's card, to write its note</source>
        <translation>Ouvrir la fiche du surlignage, pour écrire sa note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Back to the text (the note is kept)</source>
        <translation>Revenir au texte (la note est gardée)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>The next or previous region: library, text, notes, search</source>
        <translation>La zone suivante ou précédente : bibliothèque, texte, notes, recherche</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>S&amp;ynchronise scrolling by paragraph</source>
        <translation>&amp;Synchroniser le défilement par paragraphe</translation>
    </message>
    <message>
        <source>&amp;Close the second pane</source>
        <translation>&amp;Fermer le second volet</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
</context>
<context>
    <name>StatusWording</name>
    <message>
        <source>{documents} · {highlights} · Ctrl+K to search, Ctrl+F to find</source>
        <translation>{documents} · {highlights} · Ctrl+K pour rechercher, Ctrl+F pour chercher dans le texte</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation><numerusform>%n surlignage</numerusform><numerusform>%n surlignages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), the best {shown} shown</source>
        <translation><numerusform>%n résultat, les {shown} meilleurs affichés</numerusform><numerusform>%n résultats, les {shown} meilleurs affichés</numerusform></translation>
    </message>
    <message>
        <source>{results} · {matches} in {documents}</source>
        <translation>{results} · {matches} dans {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n occurrence</numerusform><numerusform>%n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation><numerusform>{names} et %n autre</numerusform><numerusform>{names} et %n autres</numerusform></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>rose</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violet</translation>
    </message>
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
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <source>The trash is empty.

Documents you remove from the library wait here for %n day(s), with their highlights and notes.</source>
        <translation><numerusform>La corbeille est vide.

Les documents que vous retirez de la bibliothèque attendent ici pendant %n jour, avec leurs surlignages et leurs notes.</numerusform><numerusform>La corbeille est vide.

Les documents que vous retirez de la bibliothèque attendent ici pendant %n jours, avec leurs surlignages et leurs notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed documents are kept for %n day(s) with their highlights and notes, then deleted for good.</source>
        <translation><numerusform>Les documents retirés sont conservés %n jour avec leurs surlignages et leurs notes, puis supprimés définitivement.</numerusform><numerusform>Les documents retirés sont conservés %n jours avec leurs surlignages et leurs notes, puis supprimés définitivement.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected documents back in the library, with their highlights and notes</source>
        <translation>Remettre les documents sélectionnés dans la bibliothèque, avec leurs surlignages et leurs notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Documents in the trash</source>
        <translation>Documents dans la corbeille</translation>
    </message>
    <message>
        <source>Kept until {date}</source>
        <translation>Conservé jusqu’au {date}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore %n document(s)</source>
        <translation><numerusform>&amp;Restaurer %n document</numerusform><numerusform>&amp;Restaurer %n documents</numerusform></translation>
    </message>
</context>
<context>
    <name>UnsavedBar</name>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>document note</source>
        <translation>note du document</translation>
    </message>
    <message>
        <source>Not saved — retry</source>
        <translation>Non enregistré — réessayer</translation>
    </message>
    <message>
        <source>Try to save the kept edits again</source>
        <translation>Essayer de nouveau d’enregistrer les modifications conservées</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Forget the edits that could not be saved</source>
        <translation>Oublier les modifications qui n’ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>⚠ Your {what} could not be saved: {reason} It is kept here and saved on Retry or with your next edit.</source>
        <translation>⚠ Non enregistré ({what}) : {reason} La modification est conservée ici et sera enregistrée en cliquant sur Réessayer ou lors de votre prochaine modification.</translation>
    </message>
</context>
<context>
    <name>UnsavedRecovery</name>
    <message>
        <source>they could not be saved last time.</source>
        <translation>elles n’ont pas pu être enregistrées la dernière fois.</translation>
    </message>
    <message>
        <source>Close and lose unsaved edits?</source>
        <translation>Fermer et perdre les modifications non enregistrées ?</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved, nor kept in a recovery file ({problem}).

Close anyway and lose them?</source>
        <translation><numerusform>%n modification n’a pu être ni enregistrée ni conservée dans un fichier de récupération ({problem}).

Fermer quand même et la perdre ?</numerusform><numerusform>%n modifications n’ont pu être ni enregistrées ni conservées dans un fichier de récupération ({problem}).

Fermer quand même et les perdre ?</numerusform></translation>
    </message>
</context>
<context>
    <name>WholePageSwitch</name>
    <message>
        <source>Read the &amp;whole page</source>
        <translation>Lire la &amp;page entière</translation>
    </message>
    <message>
        <source>Show this web page as it is, site menus and footers included, instead of its article</source>
        <translation>Afficher cette page web telle quelle, menus et pieds de page du site compris, au lieu de son article</translation>
    </message>
    <message>
        <source>Showing the whole page of “{title}”</source>
        <translation>Affichage de la page entière de « {title} »</translation>
    </message>
    <message>
        <source>Showing the article of “{title}”</source>
        <translation>Affichage de l’article de « {title} »</translation>
    </message>
</context>
</TS>