<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;p&gt;Offline reading, highlighting and annotation of your own library.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder&lt;/b&gt; (this library): &lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Marginalia is free software under the {licence} licence. It is built on these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lecture, surlignage et annotation hors ligne de votre propre bibliothèque.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des données&lt;/b&gt; (cette bibliothèque)&#xa0;: &lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Marginalia est un logiciel libre sous licence {licence}. Il s’appuie sur ces bibliothèques logicielles, chacune sous sa propre licence&#xa0;:&lt;/p&gt;</translation>
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
        <translation>Impossible d’ouvrir {link}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n document(s) re-created ({present} already here)</source>
        <translation>
            <numerusform>%n document recréé ({present} déjà présents)</numerusform>
            <numerusform>%n documents recréés ({present} déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) restored</source>
        <translation>
            <numerusform>%n surlignage restauré</numerusform>
            <numerusform>%n surlignages restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer edit(s) taken</source>
        <translation>
            <numerusform>%n modification plus récente reprise</numerusform>
            <numerusform>%n modifications plus récentes reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document note(s)</source>
        <translation>
            <numerusform>%n note de document</numerusform>
            <numerusform>%n notes de document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): {reason}</source>
        <translation>
            <numerusform>%n autre élément&#xa0;: {reason}</numerusform>
            <numerusform>%n autres éléments&#xa0;: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: document not in this library (%n annotation(s)); import it first, then restore again</source>
        <translation>
            <numerusform>{title}&#xa0;: document absent de cette bibliothèque (%n annotation)&#xa0;; importez-le d’abord, puis restaurez de nouveau</numerusform>
            <numerusform>{title}&#xa0;: document absent de cette bibliothèque (%n annotations)&#xa0;; importez-le d’abord, puis restaurez de nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed in the current text of their document</source>
        <translation>
            <numerusform>%n surlignage n’a pas pu être placé dans le texte actuel de son document</numerusform>
            <numerusform>%n surlignages n’ont pas pu être placés dans le texte actuel de leur document</numerusform>
        </translation>
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
        <translation>Sauvegarde arrêtée&#xa0;; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n document(s) with their annotations to {path}</source>
        <translation>
            <numerusform>%n document sauvegardé avec ses annotations dans {path}</numerusform>
            <numerusform>%n documents sauvegardés avec leurs annotations dans {path}</numerusform>
        </translation>
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
        <translation>Restauration de {name}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Restore stopped: {summary}</source>
        <translation>Restauration arrêtée&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Everything in this backup was already in the library.</source>
        <translation>Tout le contenu de cette sauvegarde était déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{why}. What was restored stays; restore the same file again to complete it.</source>
        <translation>{why}. Ce qui a été restauré est conservé&#xa0;; restaurez de nouveau le même fichier pour terminer.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Show Details…)</source>
        <translation>
            <numerusform>et %n autre (Afficher les détails…)</numerusform>
            <numerusform>et %n autres (Afficher les détails…)</numerusform>
        </translation>
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
        <translation>Restauré depuis {name}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message>
        <source>No document open: open one to bookmark a place in it</source>
        <translation>Aucun document ouvert&#xa0;: ouvrez-en un pour y ajouter un marque-page</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Ajouter un marque-page</translation>
    </message>
    <message>
        <source>Name (optional):</source>
        <translation>Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Renommer le marque-page</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CardArea</name>
    <message>
        <source>Highlights beside the text</source>
        <translation>Surlignages en regard du texte</translation>
    </message>
    <message>
        <source>One card per highlight, level with its passage: click one to edit it</source>
        <translation>Une fiche par surlignage, à la hauteur de son passage&#xa0;: cliquez sur l’une d’elles pour la modifier</translation>
    </message>
</context>
<context>
    <name>ColorNamesDialog</name>
    <message>
        <source>Colour names</source>
        <translation>Noms des couleurs</translation>
    </message>
    <message>
        <source>Name for {colour}</source>
        <translation>Nom pour le {colour}</translation>
    </message>
    <message>
        <source>Empty: the colour&apos;s own name</source>
        <translation>Vide&#xa0;: le nom de la couleur elle-même</translation>
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
        <translation>dans un terminal&#xa0;: &lt;code&gt;marginalia import FICHIER…&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Bring in the texts, web pages and books you want to read and annotate:</source>
        <translation>Ajoutez les textes, pages web et livres que vous voulez lire et annoter&#xa0;:</translation>
    </message>
    <message>
        <source>Marginalia reads {formats}.&lt;br&gt;Everything stays on this computer.</source>
        <translation>Marginalia lit {formats}.&lt;br&gt;Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{hid}: no such highlight</source>
        <translation>{hid}&#xa0;: surlignage introuvable</translation>
    </message>
    <message>
        <source>{doc_id}: no such document</source>
        <translation>{doc_id}&#xa0;: document introuvable</translation>
    </message>
    <message>
        <source>empty quote: give the text to highlight</source>
        <translation>citation vide&#xa0;: indiquez le texte à surligner</translation>
    </message>
    <message>
        <source>--nth {nth}: occurrences are counted from 1</source>
        <translation>--nth {nth}&#xa0;: les occurrences se comptent à partir de 1</translation>
    </message>
    <message>
        <source>{short}: not found in {name}</source>
        <translation>{short}&#xa0;: introuvable dans {name}</translation>
    </message>
    <message>
        <source>{short}: occurs {count} times in document {doc_id}; choose one with --nth N: {value}</source>
        <translation>{short}&#xa0;: apparaît {count} fois dans le document {doc_id}&#xa0;; choisissez-en une avec --nth N&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{short}: occurrence {index} asked, {name} has {count}</source>
        <translation>{short}&#xa0;: occurrence {index} demandée, {name} n’en a que {count}</translation>
    </message>
    <message>
        <source>{clean}: highlight {hid} has no such tag</source>
        <translation>{clean}&#xa0;: le surlignage {hid} n’a pas cette étiquette</translation>
    </message>
    <message>
        <source>{label}…: a colour label has at most {max_label} characters</source>
        <translation>{label}…&#xa0;: un nom de couleur a au plus {max_label} caractères</translation>
    </message>
    <message>
        <source>document {title}</source>
        <translation>document {title}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>document {number}</translation>
    </message>
    <message>
        <source>{target}: not a regular file</source>
        <translation>{target}&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{target}: exists and is not a Marginalia backup; not replaced</source>
        <translation>{target}&#xa0;: existe déjà et n’est pas une sauvegarde Marginalia&#xa0;; non remplacé</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>{what}: needs {needed} MB, only {free} MB free; nothing was written</source>
        <translation>{what}&#xa0;: {needed} Mo nécessaires, seulement {free} Mo libres&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>{originals}: {count} originals are missing (e.g. {missing}); run &apos;marginalia check&apos;</source>
        <translation>{originals}&#xa0;: {count} originaux manquent (par exemple {missing})&#xa0;; lancez «&#xa0;marginalia check&#xa0;»</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not a document record</source>
        <translation>pas une fiche de document</translation>
    </message>
    <message>
        <source>the record lists no versions</source>
        <translation>la fiche ne liste aucune version</translation>
    </message>
    <message>
        <source>{target}: cannot write the backup ({why})</source>
        <translation>{target}&#xa0;: impossible d’écrire la sauvegarde ({why})</translation>
    </message>
    <message>
        <source>{path}: not a Marginalia library backup</source>
        <translation>{path}&#xa0;: pas une sauvegarde de bibliothèque Marginalia</translation>
    </message>
    <message>
        <source>{path}: the manifest has no format version</source>
        <translation>{path}&#xa0;: le manifeste n’indique pas de version de format</translation>
    </message>
    <message>
        <source>{path}: made by a newer Marginalia (backup format {version}; this one reads {reads}); please upgrade</source>
        <translation>{path}&#xa0;: créée par une version plus récente de Marginalia (format de sauvegarde {version}&#xa0;; celle-ci lit le {reads})&#xa0;; veuillez mettre à jour</translation>
    </message>
    <message>
        <source>{path}: the manifest lists no documents</source>
        <translation>{path}&#xa0;: le manifeste ne liste aucun document</translation>
    </message>
    <message>
        <source>names an original outside the backup ({name})</source>
        <translation>désigne un original hors de la sauvegarde ({name})</translation>
    </message>
    <message>
        <source>its original {name} does not match its hash (damaged)</source>
        <translation>son original {name} ne correspond pas à son empreinte (endommagé)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: cannot read ({why})</source>
        <translation>{path}&#xa0;: lecture impossible ({why})</translation>
    </message>
    <message>
        <source>{path}: not a Marginalia backup (not a zip file, or truncated)</source>
        <translation>{path}&#xa0;: pas une sauvegarde Marginalia (pas un fichier zip, ou tronqué)</translation>
    </message>
    <message>
        <source>{path}: damaged backup (annotations are not JSON)</source>
        <translation>{path}&#xa0;: sauvegarde endommagée (les annotations ne sont pas du JSON)</translation>
    </message>
    <message>
        <source>stopped by the reader before {item}</source>
        <translation>arrêtée par le lecteur avant {item}</translation>
    </message>
    <message>
        <source>{error} (stopped at {item})</source>
        <translation>{error} (arrêt à {item})</translation>
    </message>
    <message>
        <source>the record has no {key}</source>
        <translation>la fiche n’a pas de {key}</translation>
    </message>
    <message>
        <source>a version record is incomplete</source>
        <translation>une fiche de version est incomplète</translation>
    </message>
    <message>
        <source>{original}: not a kind of file Marginalia imports</source>
        <translation>{original}&#xa0;: Marginalia n’importe pas ce type de fichier</translation>
    </message>
    <message>
        <source>{path}: not a Marginalia backup (no manifest)</source>
        <translation>{path}&#xa0;: pas une sauvegarde Marginalia (aucun manifeste)</translation>
    </message>
    <message>
        <source>{path}: damaged backup (manifest unreadable: {exc})</source>
        <translation>{path}&#xa0;: sauvegarde endommagée (manifeste illisible&#xa0;: {exc})</translation>
    </message>
    <message>
        <source>{path}: holds {name}, a path outside what a backup holds; refused</source>
        <translation>{path}&#xa0;: contient {name}, un chemin hors de ce que contient une sauvegarde&#xa0;; refusée</translation>
    </message>
    <message>
        <source>{path}: holds a symbolic link ({name}); refused</source>
        <translation>{path}&#xa0;: contient un lien symbolique ({name})&#xa0;; refusée</translation>
    </message>
    <message>
        <source>{path}: {name} is too large for an original</source>
        <translation>{path}&#xa0;: {name} est trop volumineux pour un original</translation>
    </message>
    <message>
        <source>its original {name} is missing from the backup</source>
        <translation>son original {name} manque dans la sauvegarde</translation>
    </message>
    <message>
        <source>its original {name} is damaged ({exc})</source>
        <translation>son original {name} est endommagé ({exc})</translation>
    </message>
    <message>
        <source>{path}: damaged backup (annotations: {exc})</source>
        <translation>{path}&#xa0;: sauvegarde endommagée (annotations&#xa0;: {exc})</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <source>annotation {id}</source>
        <translation>annotation {id}</translation>
    </message>
    <message>
        <source>the bookmark&apos;s name is not text</source>
        <translation>le nom du signet n’est pas du texte</translation>
    </message>
    <message>
        <source>{path}: not a Web Annotation collection</source>
        <translation>{path}&#xa0;: pas une collection Web Annotation</translation>
    </message>
    <message>
        <source>{path}: the collection has no annotation page</source>
        <translation>{path}&#xa0;: la collection n’a aucune page d’annotations</translation>
    </message>
    <message>
        <source>{path}: too large for a backup (over {max_backup_bytes} MB)</source>
        <translation>{path}&#xa0;: trop volumineux pour une sauvegarde (plus de {max_backup_bytes} Mo)</translation>
    </message>
    <message>
        <source>not an annotation object</source>
        <translation>pas un objet d’annotation</translation>
    </message>
    <message>
        <source>target has no source</source>
        <translation>la cible n’a pas de source</translation>
    </message>
    <message>
        <source>selector is not a list of selectors</source>
        <translation>le sélecteur n’est pas une liste de sélecteurs</translation>
    </message>
    <message>
        <source>body is not a list of TextualBody objects</source>
        <translation>le corps n’est pas une liste d’objets TextualBody</translation>
    </message>
    <message>
        <source>the note is not text</source>
        <translation>la note n’est pas du texte</translation>
    </message>
    <message>
        <source>a tag is not text</source>
        <translation>une étiquette n’est pas du texte</translation>
    </message>
    <message>
        <source>{empty}: empty tag</source>
        <translation>{empty}&#xa0;: étiquette vide</translation>
    </message>
    <message>
        <source>TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector n’a pas de texte exact</translation>
    </message>
    <message>
        <source>TextQuoteSelector prefix or suffix is not text</source>
        <translation>le préfixe ou le suffixe de TextQuoteSelector n’est pas du texte</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode</source>
        <translation>contient du texte qui n’est pas de l’Unicode valide</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a backup file</source>
        <translation>{path}&#xa0;: est un dossier, pas un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>{path}: not a JSON file (nested too deeply)</source>
        <translation>{path}&#xa0;: pas un fichier JSON (imbrication trop profonde)</translation>
    </message>
    <message>
        <source>{path}: not a JSON file ({exc})</source>
        <translation>{path}&#xa0;: pas un fichier JSON ({exc})</translation>
    </message>
    <message>
        <source>TextPositionSelector has no {key}</source>
        <translation>TextPositionSelector n’a pas de {key}</translation>
    </message>
    <message>
        <source>{key} is not a number</source>
        <translation>{key} n’est pas un nombre</translation>
    </message>
    <message>
        <source>{key} is not a finite number</source>
        <translation>{key} n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>bookmark name of {count} characters: the limit is {max_name}</source>
        <translation>nom de signet de {count} caractères&#xa0;: la limite est de {max_name}</translation>
    </message>
    <message>
        <source>empty quote: give the words to bookmark</source>
        <translation>citation vide&#xa0;: indiquez les mots où placer le signet</translation>
    </message>
    <message>
        <source>{short}: not found in document {doc_id}</source>
        <translation>{short}&#xa0;: introuvable dans le document {doc_id}</translation>
    </message>
    <message>
        <source>{short}: occurrence {nth} asked, document {doc_id} has {count}</source>
        <translation>{short}&#xa0;: occurrence {nth} demandée, le document {doc_id} n’en a que {count}</translation>
    </message>
    <message>
        <source>document: empty; name the document to bookmark</source>
        <translation>document&#xa0;: vide&#xa0;; indiquez le document où placer le signet</translation>
    </message>
    <message>
        <source>{bookmark_id}: no such bookmark</source>
        <translation>{bookmark_id}&#xa0;: signet introuvable</translation>
    </message>
    <message>
        <source>offset {offset}: must be a whole number</source>
        <translation>position {offset}&#xa0;: doit être un nombre entier</translation>
    </message>
    <message>
        <source>offset {offset}: outside the document (0-{length})</source>
        <translation>position {offset}&#xa0;: hors du document (0-{length})</translation>
    </message>
    <message>
        <source>a title cannot be empty</source>
        <translation>un titre ne peut pas être vide</translation>
    </message>
    <message>
        <source>{title}…: a title has at most {max_title} characters</source>
        <translation>{title}…&#xa0;: un titre a au plus {max_title} caractères</translation>
    </message>
    <message>
        <source>at most {max_authors} authors</source>
        <translation>{max_authors} auteurs au plus</translation>
    </message>
    <message>
        <source>an author&apos;s name has at most {max_title} characters</source>
        <translation>un nom d’auteur a au plus {max_title} caractères</translation>
    </message>
    <message>
        <source>nothing to change: give a title or authors</source>
        <translation>rien à modifier&#xa0;: indiquez un titre ou des auteurs</translation>
    </message>
    <message>
        <source>no document to restore</source>
        <translation>aucun document à restaurer</translation>
    </message>
    <message>
        <source>no document to remove</source>
        <translation>aucun document à retirer</translation>
    </message>
    <message>
        <source>{doc_id}: not in the trash</source>
        <translation>{doc_id}&#xa0;: pas dans la corbeille</translation>
    </message>
    <message>
        <source>{doc_id}: already in the trash</source>
        <translation>{doc_id}&#xa0;: déjà dans la corbeille</translation>
    </message>
    <message>
        <source>empty document name</source>
        <translation>nom de document vide</translation>
    </message>
    <message>
        <source>{ref}: no document in the trash has this id or title</source>
        <translation>{ref}&#xa0;: aucun document de la corbeille n’a cet identifiant ou ce titre</translation>
    </message>
    <message>
        <source>{ref}: matches {count} documents in the trash ({names})</source>
        <translation>{ref}&#xa0;: correspond à {count} documents de la corbeille ({names})</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>un fichier est dans le passage</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>library busy: another Marginalia process is writing; try again</source>
        <translation>bibliothèque occupée&#xa0;: un autre processus Marginalia écrit&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>index busy: another Marginalia process is writing; try again</source>
        <translation>index occupé&#xa0;: un autre processus Marginalia écrit&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>{path}: cannot use this folder as a library ({reason})</source>
        <translation>{path}&#xa0;: impossible d’utiliser ce dossier comme bibliothèque ({reason})</translation>
    </message>
    <message>
        <source>{what} busy: another Marginalia process is writing; try again</source>
        <translation>{what} occupé&#xa0;: un autre processus Marginalia écrit&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>{out}: a JSON backup goes to a .json file or a folder</source>
        <translation>{out}&#xa0;: une sauvegarde JSON va dans un fichier .json ou un dossier</translation>
    </message>
    <message>
        <source>{out}: a .json path is for --format json; give a .md file or a folder</source>
        <translation>{out}&#xa0;: un chemin .json est pour --format json&#xa0;; indiquez un fichier .md ou un dossier</translation>
    </message>
    <message>
        <source>{out}: no document has highlights or a note to export</source>
        <translation>{out}&#xa0;: aucun document n’a de surlignages ni de note à exporter</translation>
    </message>
    <message>
        <source>{out}: a .md file holds one document; give a folder for {count} documents</source>
        <translation>{out}&#xa0;: un fichier .md contient un seul document&#xa0;; indiquez un dossier pour {count} documents</translation>
    </message>
    <message>
        <source>{name}: file name would leave the export folder</source>
        <translation>{name}&#xa0;: ce nom de fichier sortirait du dossier d’export</translation>
    </message>
    <message>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}&#xa0;: est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{target}: is a folder, not a file</source>
        <translation>{target}&#xa0;: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{target}: not a regular file; left alone</source>
        <translation>{target}&#xa0;: pas un fichier ordinaire&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <source>{where}: cannot write the export ({value})</source>
        <translation>{where}&#xa0;: impossible d’écrire l’export ({value})</translation>
    </message>
    <message>
        <source>{target}: cannot write the export ({value})</source>
        <translation>{target}&#xa0;: impossible d’écrire l’export ({value})</translation>
    </message>
    <message>
        <source>too large ({size} MB; the limit is 50 MB)</source>
        <translation>trop volumineux ({size} Mo&#xa0;; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <source>cannot read ({why})</source>
        <translation>lecture impossible ({why})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>protected by DRM (encrypted content); Marginalia cannot read it</source>
        <translation>protégé par DRM (contenu chiffré)&#xa0;; Marginalia ne peut pas le lire</translation>
    </message>
    <message>
        <source>not an EPUB ({why})</source>
        <translation>pas un EPUB ({why})</translation>
    </message>
    <message>
        <source>damaged EPUB (META-INF/container.xml names no package file)</source>
        <translation>EPUB endommagé (META-INF/container.xml ne désigne aucun fichier de paquet)</translation>
    </message>
    <message>
        <source>damaged EPUB (its package file {path} is missing)</source>
        <translation>EPUB endommagé (son fichier de paquet {path} manque)</translation>
    </message>
    <message>
        <source>damaged EPUB (its spine lists no chapters)</source>
        <translation>EPUB endommagé (son ordre de lecture ne liste aucun chapitre)</translation>
    </message>
    <message>
        <source>damaged EPUB ({path} is missing)</source>
        <translation>EPUB endommagé ({path} manque)</translation>
    </message>
    <message>
        <source>too large once unpacked (more than 50 MB of text; the limit is 50 MB)</source>
        <translation>trop volumineux une fois décompressé (plus de 50 Mo de texte&#xa0;; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <source>too large once unpacked ({member} is {size} MB; the limit is 50 MB)</source>
        <translation>trop volumineux une fois décompressé ({member} fait {size} Mo&#xa0;; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <source>damaged EPUB ({path} cannot be unpacked)</source>
        <translation>EPUB endommagé ({path} ne peut pas être décompressé)</translation>
    </message>
    <message>
        <source>damaged EPUB ({path} is not valid XML)</source>
        <translation>EPUB endommagé ({path} n’est pas du XML valide)</translation>
    </message>
    <message>
        <source>no META-INF/container.xml</source>
        <translation>pas de META-INF/container.xml</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>pas une archive zip</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>file error</source>
        <translation>erreur de fichier</translation>
    </message>
    <message>
        <source>data format error</source>
        <translation>erreur de format des données</translation>
    </message>
    <message>
        <source>page error</source>
        <translation>erreur de page</translation>
    </message>
    <message>
        <source>no text layer on any of its {count} pages (a scan?)</source>
        <translation>aucune couche de texte sur ses {count} pages (un document numérisé&#xa0;?)</translation>
    </message>
    <message>
        <source>{unread} of {count} pages could not be read (damaged)</source>
        <translation>{unread} pages sur {count} n’ont pas pu être lues (endommagées)</translation>
    </message>
    <message>
        <source>not a PDF or damaged: the file is empty</source>
        <translation>pas un PDF ou endommagé&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>not a PDF or damaged: {why}</source>
        <translation>pas un PDF ou endommagé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>not a PDF or damaged: it has no pages</source>
        <translation>pas un PDF ou endommagé&#xa0;: il n’a aucune page</translation>
    </message>
    <message>
        <source>too many pages ({count}; the limit is {limit})</source>
        <translation>trop de pages ({count}&#xa0;; la limite est de {limit})</translation>
    </message>
    <message>
        <source>{scanned} of {count} pages has no text: scanned?</source>
        <translation>{scanned} page sur {count} n’a pas de texte&#xa0;: numérisée&#xa0;?</translation>
    </message>
    <message>
        <source>{scanned} of {count} pages have no text: scanned?</source>
        <translation>{scanned} pages sur {count} n’ont pas de texte&#xa0;: numérisées&#xa0;?</translation>
    </message>
    <message>
        <source>encrypted in a way Marginalia cannot open (unsupported security handler)</source>
        <translation>chiffré d’une façon que Marginalia ne sait pas ouvrir (gestionnaire de sécurité non pris en charge)</translation>
    </message>
    <message>
        <source>too much text (more than 50 MB; the limit is 50 MB)</source>
        <translation>trop de texte (plus de 50 Mo&#xa0;; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <source>encrypted: needs a password</source>
        <translation>chiffré&#xa0;: un mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>{start}-{end}: offsets must be whole numbers</source>
        <translation>{start}-{end}&#xa0;: les positions doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{start}-{end}: outside the text (0-{count})</source>
        <translation>{start}-{end}&#xa0;: hors du texte (0-{count})</translation>
    </message>
    <message>
        <source>{start}-{end}: empty span; a highlight needs at least one character</source>
        <translation>{start}-{end}&#xa0;: passage vide&#xa0;; un surlignage demande au moins un caractère</translation>
    </message>
    <message>
        <source>{start}-{end}: the span holds only white space</source>
        <translation>{start}-{end}&#xa0;: le passage ne contient que des espaces</translation>
    </message>
    <message>
        <source>{color}: not a colour; choose one of {value}</source>
        <translation>{color}&#xa0;: pas une couleur&#xa0;; choisissez parmi {value}</translation>
    </message>
    <message>
        <source>note of {count} characters: the limit is {max_note}</source>
        <translation>note de {count} caractères&#xa0;: la limite est de {max_note}</translation>
    </message>
    <message>
        <source>{tag}: empty tag</source>
        <translation>{tag}&#xa0;: étiquette vide</translation>
    </message>
    <message>
        <source>{name}…: a tag has at most {max_tag} characters</source>
        <translation>{name}…&#xa0;: une étiquette a au plus {max_tag} caractères</translation>
    </message>
    <message>
        <source>{doc_id}: its original file is missing ({name})</source>
        <translation>{doc_id}&#xa0;: son fichier original manque ({name})</translation>
    </message>
    <message>
        <source>{ref}: no document has this id or title</source>
        <translation>{ref}&#xa0;: aucun document n’a cet identifiant ou ce titre</translation>
    </message>
    <message>
        <source>{ref}: matches {count} documents ({names}{more})</source>
        <translation>{ref}&#xa0;: correspond à {count} documents ({names}{more})</translation>
    </message>
    <message>
        <source>could not be read as a document ({error})</source>
        <translation>n’a pas pu être lu comme un document ({error})</translation>
    </message>
    <message>
        <source>{doc_id}: in the trash (marginalia trash --restore)</source>
        <translation>{doc_id}&#xa0;: dans la corbeille (marginalia trash --restore)</translation>
    </message>
    <message>
        <source>cannot keep a copy in {originals} ({why}); nothing was saved</source>
        <translation>impossible d’en garder une copie dans {originals} ({why})&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>no rendering of {ext} originals</source>
        <translation>pas d’affichage des originaux {ext}</translation>
    </message>
    <message>
        <source>no rendering of files without an extension</source>
        <translation>pas d’affichage des fichiers sans extension</translation>
    </message>
    <message>
        <source>{title}: only a web page has a whole page to show (this is a {ext} file)</source>
        <translation>{title}&#xa0;: seule une page web a une page entière à afficher (ceci est un fichier {ext})</translation>
    </message>
    <message>
        <source>{title}: only a web page has a whole page to show (this is a text file)</source>
        <translation>{title}&#xa0;: seule une page web a une page entière à afficher (ceci est un fichier texte)</translation>
    </message>
    <message>
        <source>{title}: its original {name} cannot be read ({value}); marginalia check lists what is missing</source>
        <translation>{title}&#xa0;: son original {name} est illisible ({value})&#xa0;; marginalia check liste ce qui manque</translation>
    </message>
    <message>
        <source>{title}: {reason}</source>
        <translation>{title}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what} is not a folder</source>
        <translation>{what} n’est pas un dossier</translation>
    </message>
    <message>
        <source>index is not a folder</source>
        <translation>index n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot read the original file ({why})</source>
        <translation>impossible de lire le fichier original ({why})</translation>
    </message>
    <message>
        <source>not a PDF or damaged: pdfium cannot open it</source>
        <translation>pas un PDF ou endommagé&#xa0;: pdfium ne peut pas l’ouvrir</translation>
    </message>
    <message>
        <source>encrypted: its pages need the password</source>
        <translation>chiffré&#xa0;: ses pages demandent le mot de passe</translation>
    </message>
    <message>
        <source>{title}: its original {name} cannot be read ({reason})</source>
        <translation>{title}&#xa0;: son original {name} est illisible ({reason})</translation>
    </message>
    <message>
        <source>the library is read-only</source>
        <translation>la bibliothèque est en lecture seule</translation>
    </message>
    <message>
        <source>{path}: {exc}</source>
        <translation>{path}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{path}: the library is read-only; nothing was saved</source>
        <translation>{path}&#xa0;: la bibliothèque est en lecture seule&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was saved</source>
        <translation>{path}&#xa0;: le disque est plein&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>{path}: the disk could not be written ({exc}); nothing was saved</source>
        <translation>{path}&#xa0;: impossible d’écrire sur le disque ({exc})&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>{path}: cannot open the library ({exc})</source>
        <translation>{path}&#xa0;: impossible d’ouvrir la bibliothèque ({exc})</translation>
    </message>
    <message>
        <source>{path}: made by a newer Marginalia (schema {current}); please upgrade</source>
        <translation>{path}&#xa0;: créée par une version plus récente de Marginalia (schéma {current})&#xa0;; veuillez mettre à jour</translation>
    </message>
    <message>
        <source>{path}: read-only, and made by an older Marginalia; open it once where it can be written</source>
        <translation>{path}&#xa0;: en lecture seule, et créée par une version plus ancienne de Marginalia&#xa0;; ouvrez-la une fois là où elle peut être écrite</translation>
    </message>
    <message>
        <source>{path}: {why}; nothing was saved</source>
        <translation>{path}&#xa0;: {why}&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>{key}: no longer exists; cannot redo {label}</source>
        <translation>{key}&#xa0;: n’existe plus&#xa0;; impossible de rétablir {label}</translation>
    </message>
    <message>
        <source>{key}: no longer exists; cannot undo {label}</source>
        <translation>{key}&#xa0;: n’existe plus&#xa0;; impossible d’annuler {label}</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes), not text</source>
        <translation>fichier binaire (il contient des octets NUL), pas du texte</translation>
    </message>
    <message>
        <source>starts as UTF-8 but is not valid UTF-8 at byte {at}</source>
        <translation>commence comme de l’UTF-8 mais n’est pas de l’UTF-8 valide à l’octet {at}</translation>
    </message>
    <message>
        <source>not valid UTF-8, UTF-16 or cp1252 text (byte {byte} at {at})</source>
        <translation>ni de l’UTF-8, ni de l’UTF-16, ni du cp1252 valide (octet {byte} à la position {at})</translation>
    </message>
    <message>
        <source>has a UTF-16 BOM but is not valid UTF-16 at byte {at}</source>
        <translation>a une marque d’ordre UTF-16 mais n’est pas de l’UTF-16 valide à l’octet {at}</translation>
    </message>
    <message>
        <source>binary file (too many control characters), not text</source>
        <translation>fichier binaire (trop de caractères de contrôle), pas du texte</translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation>fichier vide (rien que des espaces)</translation>
    </message>
    <message>
        <source>unsupported file type ({ext}); Marginalia reads {types}</source>
        <translation>type de fichier non pris en charge ({ext})&#xa0;; Marginalia lit {types}</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>no readable text in the file</source>
        <translation>aucun texte lisible dans le fichier</translation>
    </message>
    <message>
        <source>no article found: the whole page is shown</source>
        <translation>aucun article trouvé&#xa0;: la page entière est affichée</translation>
    </message>
    <message>
        <source>{folder}: cannot write the search index ({why})</source>
        <translation>{folder}&#xa0;: impossible d’écrire l’index de recherche ({why})</translation>
    </message>
    <message>
        <source>{folder}: cannot build the search index ({why}); the library is intact</source>
        <translation>{folder}&#xa0;: impossible de construire l’index de recherche ({why})&#xa0;; la bibliothèque est intacte</translation>
    </message>
    <message>
        <source>create highlight</source>
        <translation>la création du surlignage</translation>
    </message>
    <message>
        <source>delete highlight</source>
        <translation>la suppression du surlignage</translation>
    </message>
    <message>
        <source>edit document note</source>
        <translation>la note du document</translation>
    </message>
    <message>
        <source>rename colour</source>
        <translation>le nom de la couleur</translation>
    </message>
    <message>
        <source>rename document</source>
        <translation>le renommage du document</translation>
    </message>
    <message>
        <source>remove document</source>
        <translation>le retrait du document</translation>
    </message>
    <message>
        <source>remove {n} documents</source>
        <translation>le retrait de {n} documents</translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation>la restauration depuis la corbeille</translation>
    </message>
    <message>
        <source>restore highlight</source>
        <translation>la restauration du surlignage</translation>
    </message>
    <message>
        <source>recolour</source>
        <translation>le changement de couleur</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>la modification de la note</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>l’ajout de l’étiquette</translation>
    </message>
    <message>
        <source>untag</source>
        <translation>le retrait de l’étiquette</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>la modification des étiquettes</translation>
    </message>
    <message>
        <source>highlight {hid}: deleted on one device and edited on another; the edited highlight is kept</source>
        <translation>surlignage {hid}&#xa0;: supprimé sur un appareil et modifié sur un autre&#xa0;; le surlignage modifié est gardé</translation>
    </message>
    <message>
        <source>highlight {hid}: deleted here and edited on {device}; the edited highlight is kept</source>
        <translation>surlignage {hid}&#xa0;: supprimé ici et modifié sur {device}&#xa0;; le surlignage modifié est gardé</translation>
    </message>
    <message>
        <source>highlight {hid}: deleted on {device} and edited here; the edited highlight is kept</source>
        <translation>surlignage {hid}&#xa0;: supprimé sur {device} et modifié ici&#xa0;; le surlignage modifié est gardé</translation>
    </message>
    <message>
        <source>{folder}: another sync of this library is running; try again when it ends</source>
        <translation>{folder}&#xa0;: une autre synchronisation de cette bibliothèque est en cours&#xa0;; réessayez quand elle sera finie</translation>
    </message>
    <message>
        <source>{folder}: cannot be used as a sync folder ({why})</source>
        <translation>{folder}&#xa0;: inutilisable comme dossier de synchronisation ({why})</translation>
    </message>
    <message>
        <source>{folder}: no such folder (create it, or point a sync tool at it first)</source>
        <translation>{folder}&#xa0;: dossier introuvable (créez-le, ou faites-y d’abord pointer un outil de synchronisation)</translation>
    </message>
    <message>
        <source>{name}: damaged (checksum differs)</source>
        <translation>{name}&#xa0;: endommagé (la somme de contrôle diffère)</translation>
    </message>
    <message>
        <source>{name}: its original has not reached {folder} yet; it will come with a later sync</source>
        <translation>{name}&#xa0;: son original n’est pas encore arrivé dans {folder}&#xa0;; il viendra avec une prochaine synchronisation</translation>
    </message>
    <message>
        <source>{name}: not a Marginalia update file</source>
        <translation>{name}&#xa0;: pas un fichier de mise à jour de Marginalia</translation>
    </message>
    <message>
        <source>{name}: not a readable update ({why})</source>
        <translation>{name}&#xa0;: mise à jour illisible ({why})</translation>
    </message>
    <message>
        <source>{name}: not imported from the sync folder ({why})</source>
        <translation>{name}&#xa0;: non importé depuis le dossier de synchronisation ({why})</translation>
    </message>
    <message>
        <source>{name}: truncated ({got} of {length} bytes)</source>
        <translation>{name}&#xa0;: tronqué ({got} octets sur {length})</translation>
    </message>
    <message>
        <source>{path}: not a Marginalia device folder; skipped</source>
        <translation>{path}&#xa0;: pas un dossier d’appareil de Marginalia&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{path}: not a Marginalia update file; skipped</source>
        <translation>{path}&#xa0;: pas un fichier de mise à jour de Marginalia&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{path}: the saved sync state is damaged ({setting})</source>
        <translation>{path}&#xa0;: l’état de synchronisation enregistré est endommagé ({setting})</translation>
    </message>
    <message>
        <source>{path}: unreadable; device skipped</source>
        <translation>{path}&#xa0;: illisible&#xa0;; appareil ignoré</translation>
    </message>
    <message>
        <source>{path}: written by a newer Marginalia (format {version}); skipped until this one is upgraded</source>
        <translation>{path}&#xa0;: écrit par une version plus récente de Marginalia (format {version})&#xa0;; ignoré jusqu’à la mise à jour de celle-ci</translation>
    </message>
    <message>
        <source>{path}: {why}; skipped</source>
        <translation>{path}&#xa0;: {why}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({why})</source>
        <translation>{target}&#xa0;: impossible d’écrire ({why})</translation>
    </message>
    <message>
        <source>{what}; skipped</source>
        <translation>{what}&#xa0;; ignoré</translation>
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
        <translation>Ce document&#xa0;: {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>The library: every document with highlights or a note (one file each and an index)</source>
        <translation>La bibliothèque&#xa0;: chaque document qui a des surlignages ou une note (un fichier par document et un index)</translation>
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
        <translation>&amp;Dossier&#xa0;:</translation>
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
        <translation>
            <numerusform>Notes exportées pour %n document dans {folder}.</numerusform>
            <numerusform>Notes exportées pour %n documents dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, {unchanged} already up to date.</source>
        <translation>
            <numerusform>%n fichier écrit, {unchanged} déjà à jour.</numerusform>
            <numerusform>%n fichiers écrits, {unchanged} déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the other %n document(s); the index file was left as it was.</source>
        <translation>
            <numerusform>Arrêté avant %n autre document&#xa0;; le fichier d’index est resté tel quel.</numerusform>
            <numerusform>Arrêté avant les %n autres documents&#xa0;; le fichier d’index est resté tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No document has highlights or a note yet.</source>
        <translation>Aucun document n’a encore de surlignage ni de note.</translation>
    </message>
    <message>
        <source>You had edited these files since the last export, so they were kept; the new export was written beside them:</source>
        <translation>Vous aviez modifié ces fichiers depuis la dernière exportation&#xa0;: ils ont été conservés, et la nouvelle exportation a été écrite à côté&#xa0;:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Exact case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <source>Previous (Shift+F3)</source>
        <translation>Précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next (F3, Enter)</source>
        <translation>Suivant (F3, Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}+</source>
        <translation>{current} sur {total}+</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FoldLabel</name>
    <message>
        <source>Click to fold or unfold the list below</source>
        <translation>Cliquez pour replier ou déplier la liste ci-dessous</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Using it</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is the “{heading}” section of README.md, which this installation does not include (looked for {readme}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le guide d’utilisation est la section «&#xa0;{heading}&#xa0;» du fichier README.md (en anglais), que cette installation ne contient pas (cherché&#xa0;: {readme}).&lt;/p&gt;</translation>
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
    <name>HighlightBar</name>
    <message>
        <source>Highlight colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
    <message>
        <source>Highlights the selected text in the colour picked (keys 1 to 5)</source>
        <translation>Surligne le texte sélectionné dans la couleur choisie (touches 1 à 5)</translation>
    </message>
    <message>
        <source>Highlight {label} ({colour})</source>
        <translation>Surligner «&#xa0;{label}&#xa0;» ({colour})</translation>
    </message>
    <message>
        <source>Highlight {colour}</source>
        <translation>Surligner en {colour}</translation>
    </message>
    <message>
        <source>{label} ({key})</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <source>Highlights the selected text (key {key})</source>
        <translation>Surligne le texte sélectionné (touche {key})</translation>
    </message>
</context>
<context>
    <name>HighlightEditor</name>
    <message>
        <source>Tags, separated by commas (or #one #two)</source>
        <translation>Étiquettes, séparées par des virgules (ou #une #deux)</translation>
    </message>
    <message>
        <source>Separate tags with commas: ai companions, ethics. Spaces inside a tag become &apos;-&apos; (#ai-companions), as Obsidian spells tags.
Or start with # and separate with spaces: #labour #platforms.</source>
        <translation>Séparez les étiquettes par des virgules&#xa0;: compagnons ia, éthique. Les espaces dans une étiquette deviennent «&#xa0;-&#xa0;» (#compagnons-ia), comme Obsidian écrit les étiquettes.
Ou commencez par # et séparez-les par des espaces&#xa0;: #travail #plateformes.</translation>
    </message>
    <message>
        <source>Your note (Markdown: *emphasis*, **strong**, [link](https://…))</source>
        <translation>Votre note (Markdown&#xa0;: *italique*, **gras**, [lien](https://…))</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The highlight&apos;s note, in Markdown; saved as you type</source>
        <translation>La note du surlignage, en Markdown&#xa0;; enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The library refused this edit; it is kept here until it can be saved (Retry above, or edit again)</source>
        <translation>La bibliothèque a refusé cette modification&#xa0;; elle est conservée ici jusqu’à ce qu’elle puisse être enregistrée (Réessayer ci-dessus, ou modifiez à nouveau)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this highlight (undo with Ctrl+Z)</source>
        <translation>Supprimer ce surlignage (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>{label} ({colour})</source>
        <translation>{label} ({colour})</translation>
    </message>
    <message>
        <source>Colour {label} ({colour})</source>
        <translation>Couleur «&#xa0;{label}&#xa0;» ({colour})</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>Couleur {colour}</translation>
    </message>
    <message>
        <source>Gives the highlight this colour</source>
        <translation>Donne cette couleur au surlignage</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Pas encore de note.</translation>
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
        <translation>Ajouté&#xa0;: {title}</translation>
    </message>
    <message>
        <source>New version of {title}</source>
        <translation>Nouvelle version de {title}</translation>
    </message>
    <message>
        <source>{title} was in the trash: restored with its annotations</source>
        <translation>{title} était dans la corbeille&#xa0;: document restauré avec ses annotations</translation>
    </message>
    <message>
        <source>{title} is already in the library</source>
        <translation>{title} est déjà dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new</source>
        <translation>
            <numerusform>%n nouveau document importé</numerusform>
            <numerusform>%n nouveaux documents importés</numerusform>
        </translation>
    </message>
    <message>
        <source>new version of {title}</source>
        <translation>nouvelle version de {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s)</source>
        <translation>
            <numerusform>%n nouvelle version</numerusform>
            <numerusform>%n nouvelles versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored from the trash</source>
        <translation>
            <numerusform>%n document restauré depuis la corbeille</numerusform>
            <numerusform>%n documents restaurés depuis la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>; already in the library: {names}</source>
        <translation>&#xa0;; déjà dans la bibliothèque&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Imported nothing</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>; stopped before %n more file(s)</source>
        <translation>
            <numerusform>&#xa0;; arrêté avant %n autre fichier</numerusform>
            <numerusform>&#xa0;; arrêté avant %n autres fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refusé</numerusform>
            <numerusform>, %n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n file(s) of other types: {names}</source>
        <translation>
            <numerusform>&#xa0;; %n fichier d’un autre type ignoré&#xa0;: {names}</numerusform>
            <numerusform>&#xa0;; %n fichiers d’autres types ignorés&#xa0;: {names}</numerusform>
        </translation>
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
        <translation>
            <numerusform>Importation de %n élément…</numerusform>
            <numerusform>Importation de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
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
        <translation>«&#xa0;{name}&#xa0;» est chiffré.{again}
Mot de passe (utilisé pour cette importation seulement, jamais enregistré)&#xa0;:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe nécessaire</translation>
    </message>
</context>
<context>
    <name>InterfaceSize</name>
    <message>
        <source>&amp;Interface text size</source>
        <translation>Taille du texte de l’&amp;interface</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>Plus &amp;grand</translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation>&amp;Très grand</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>The new language applies the next time Marginalia starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Marginalia.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>“{title}”</source>
        <translation>«&#xa0;{title}&#xa0;»</translation>
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
        <translation>Nouveau titre de {old}&#xa0;: {new}</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>aucun auteur</translation>
    </message>
    <message>
        <source>Authors of {title}: {names}</source>
        <translation>Auteurs de {title}&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Could not read the trash: {reason}</source>
        <translation>Impossible de lire la corbeille&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Moved {title} to the trash</source>
        <translation>Placé dans la corbeille&#xa0;: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash: {titles}</source>
        <translation>
            <numerusform>%n document placé dans la corbeille&#xa0;: {titles}</numerusform>
            <numerusform>%n documents placés dans la corbeille&#xa0;: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored {title} from the trash</source>
        <translation>Restauré depuis la corbeille&#xa0;: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash: {titles}</source>
        <translation>
            <numerusform>%n document restauré depuis la corbeille&#xa0;: {titles}</numerusform>
            <numerusform>%n documents restaurés depuis la corbeille&#xa0;: {titles}</numerusform>
        </translation>
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
        <translation>Vos documents&#xa0;: en choisir un l’ouvre&#xa0;; faites-le glisser sur la moitié droite du texte pour le lire à côté</translation>
    </message>
</context>
<context>
    <name>LinkFollower</name>
    <message>
        <source>This link&apos;s target is not known ({href}): re-import the document if it was imported before links could be followed</source>
        <translation>La cible de ce lien est inconnue ({href})&#xa0;: réimportez le document s’il a été importé avant que les liens puissent être suivis</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?

{address}</translation>
    </message>
    <message>
        <source>{address}: no program to open it with</source>
        <translation>{address}&#xa0;: aucun programme pour l’ouvrir</translation>
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
        <translation>Arrêter après l’élément en cours&#xa0;; tout ce qui est terminé est conservé</translation>
    </message>
    <message>
        <source>Stopping ({job})…</source>
        <translation>Arrêt en cours ({job})…</translation>
    </message>
    <message>
        <source>{job} {done}/{total}: {name}</source>
        <translation>{job} {done}/{total}&#xa0;: {name}</translation>
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
    <name>MarginWords</name>
    <message>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s), in reading order</source>
        <translation>
            <numerusform>%n surlignage, dans l’ordre de lecture</numerusform>
            <numerusform>%n surlignages, dans l’ordre de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Aucune note</translation>
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
        <translation>&amp;Réduire le texte</translation>
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
        <source>Undo {what}</source>
        <translation>Annuler {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Highlights and search hits in this document: click to go there</source>
        <translation>Surlignages et résultats de recherche dans ce document&#xa0;: cliquez pour y aller</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minicarte</translation>
    </message>
    <message>
        <source>Where the highlights and search hits are in this document; click to go there</source>
        <translation>Où se trouvent les surlignages et les résultats de recherche dans ce document&#xa0;; cliquez pour y aller</translation>
    </message>
</context>
<context>
    <name>MinimapWords</name>
    <message>
        <source>Highlights map</source>
        <translation>Carte des surlignages</translation>
    </message>
    <message>
        <source>No highlights</source>
        <translation>Aucun surlignage</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s), at {places} of the text</source>
        <translation>
            <numerusform>%n surlignage, à {places} du texte</numerusform>
            <numerusform>%n surlignages, à {places} du texte</numerusform>
        </translation>
    </message>
    <message>
        <source>{highlights}; {hits}</source>
        <translation>{highlights}&#xa0;; {hits}</translation>
    </message>
    <message numerus="yes">
        <source>%n search hit(s)</source>
        <translation>
            <numerusform>%n résultat de recherche</numerusform>
            <numerusform>%n résultats de recherche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Write the note (Markdown)</source>
        <translation>Écrire la note (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The note rendered, links clickable</source>
        <translation>La note mise en forme, liens cliquables</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation>Surlignage «&#xa0;{quote}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <source>… more</source>
        <translation>… suite</translation>
    </message>
    <message>
        <source>The editor shows the whole note</source>
        <translation>L’éditeur affiche la note entière</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message>
        <source>Open a document to write a note on it</source>
        <translation>Ouvrez un document pour y écrire une note</translation>
    </message>
    <message>
        <source>A note on this whole document (Markdown)…</source>
        <translation>Une note sur l’ensemble du document (Markdown)…</translation>
    </message>
    <message>
        <source>Notes margin</source>
        <translation>Marge des notes</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Note du document</translation>
    </message>
    <message>
        <source>A note on this whole document, in Markdown; saved as you type</source>
        <translation>Une note sur l’ensemble du document, en Markdown&#xa0;; enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <source>Their passage is no longer in this version of the text; their notes are kept. Click one to read, edit or delete it; click here to fold the list.</source>
        <translation>Leur passage ne figure plus dans cette version du texte&#xa0;; leurs notes sont conservées. Cliquez sur l’un d’eux pour le lire, le modifier ou le supprimer&#xa0;; cliquez ici pour replier la liste.</translation>
    </message>
    <message>
        <source>Detached highlights</source>
        <translation>Surlignages détachés</translation>
    </message>
    <message>
        <source>Highlights whose passage is no longer in this version: click one to edit it</source>
        <translation>Surlignages dont le passage ne figure plus dans cette version&#xa0;: cliquez sur l’un d’eux pour le modifier</translation>
    </message>
    <message>
        <source>1 highlight whose passage is no longer in this version</source>
        <translation>1 surlignage dont le passage ne figure plus dans cette version</translation>
    </message>
    <message numerus="yes">
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
        <source>O&amp;riginal</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>The document&apos;s own pages beside its text</source>
        <translation>Les pages mêmes du document, à côté de son texte</translation>
    </message>
    <message>
        <source>This document has no original view (PDFs, EPUBs, web pages and Markdown have one).</source>
        <translation>Ce document n’a pas de vue de l’original (les PDF, EPUB, pages web et fichiers Markdown en ont une).</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>Enter the PDF&apos;s password</source>
        <translation>Saisir le mot de passe du PDF</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Ajuster à la page entière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Close the original (View → Original)</source>
        <translation>Fermer l’original (Affichage → Original)</translation>
    </message>
    <message>
        <source>Close the original</source>
        <translation>Fermer l’original</translation>
    </message>
    <message>
        <source>The original cannot be shown: {reason}</source>
        <translation>L’original ne peut pas être affiché&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is no view of the original of a {extension} file.</source>
        <translation>Il n’existe pas de vue de l’original pour un fichier {extension}.</translation>
    </message>
    <message>
        <source>This PDF is encrypted: showing its pages needs its password (which Marginalia never keeps).

{reason}</source>
        <translation>Ce PDF est chiffré&#xa0;: afficher ses pages nécessite son mot de passe (que Marginalia ne conserve jamais).

{reason}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The PDF&apos;s password:</source>
        <translation>Mot de passe du PDF&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutlineActions</name>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Add book&amp;mark…</source>
        <translation>Ajouter un &amp;marque-page…</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marque-pages</translation>
    </message>
    <message>
        <source>(end of the text)</source>
        <translation>(fin du texte)</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>This document has no headings.</source>
        <translation>Ce document n’a pas de titres.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The document&apos;s sections, then its bookmarks: activate one to go there</source>
        <translation>Les sections du document, puis ses marque-pages&#xa0;: activez-en un pour y aller</translation>
    </message>
    <message>
        <source>&amp;Rename bookmark…</source>
        <translation>&amp;Renommer le marque-page…</translation>
    </message>
    <message>
        <source>Re&amp;move bookmark</source>
        <translation>&amp;Supprimer le marque-page</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>this page could not be shown ({reason})</source>
        <translation>cette page n’a pas pu être affichée ({reason})</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The document&apos;s own pages beside its text (View → Original, Ctrl+Shift+P)</source>
        <translation>Les pages mêmes du document, à côté de son texte (Affichage → Original, Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Shows or hides the document&apos;s own pages beside its text</source>
        <translation>Affiche ou masque les pages mêmes du document, à côté de son texte</translation>
    </message>
    <message>
        <source>Close this pane (View → Close the second pane)</source>
        <translation>Fermer ce volet (Affichage → Fermer le second volet)</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
</context>
<context>
    <name>PdfOriginal</name>
    <message>
        <source>The PDF&apos;s pages</source>
        <translation>Les pages du PDF</translation>
    </message>
    <message>
        <source>The original pages, highlights drawn on them: select text to highlight it</source>
        <translation>Les pages originales, avec leurs surlignages&#xa0;: sélectionnez du texte pour le surligner</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>p. {page} of {pages}</source>
        <translation>p. {page} sur {pages}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{progress} through this document</source>
        <translation>Position dans ce document&#xa0;: {progress}</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>How far through the open document you are</source>
        <translation>Votre progression dans le document ouvert</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Your note was not saved (kept for retry): {reason}</source>
        <translation>Votre note n’a pas été enregistrée (conservée pour un nouvel essai)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Your tags were not saved (kept for retry): {reason}</source>
        <translation>Vos étiquettes n’ont pas été enregistrées (conservées pour un nouvel essai)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Your colour was not saved (kept for retry): {reason}</source>
        <translation>Votre couleur n’a pas été enregistrée (conservée pour un nouvel essai)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Your document note was not saved (kept for retry): {reason}</source>
        <translation>Votre note du document n’a pas été enregistrée (conservée pour un nouvel essai)&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>No document open.

Pick one in the library, or import texts ({extensions}): File → Import… (Ctrl+O), or drop files on this window.</source>
        <translation>Aucun document ouvert.

Choisissez-en un dans la bibliothèque, ou importez des textes ({extensions})&#xa0;: Fichier → Importer… (Ctrl+O), ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>The open document: select words to highlight them, with the keys 1 to 5 or the colour bar</source>
        <translation>Le document ouvert&#xa0;: sélectionnez des mots pour les surligner, avec les touches 1 à 5 ou la barre des couleurs</translation>
    </message>
    <message>
        <source>Edit highlight…</source>
        <translation>Modifier le surlignage…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>ReadingViewWords</name>
    <message>
        <source>No highlights.</source>
        <translation>Aucun surlignage.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s); the notes margin lists them.</source>
        <translation>
            <numerusform>%n surlignage&#xa0;; la marge des notes le liste.</numerusform>
            <numerusform>%n surlignages&#xa0;; la marge des notes les liste.</numerusform>
        </translation>
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
        <translation>Non disponible&#xa0;: {reason}</translation>
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
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs&#xa0;:</translation>
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
        <source>Match {number} of %n in this document · F3 next, Shift+F3 previous</source>
        <translation>
            <numerusform>Occurrence {number} sur %n dans ce document · F3 suivante, Maj+F3 précédente</numerusform>
            <numerusform>Occurrence {number} sur %n dans ce document · F3 suivante, Maj+F3 précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match in this document · F3 next, Shift+F3 previous</source>
        <translation>1 occurrence dans ce document · F3 suivante, Maj+F3 précédente</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search texts and notes…  &quot;phrase&quot;  OR  -word  pre*  tag:x</source>
        <translation>Rechercher dans les textes et les notes…  &quot;phrase&quot;  OR  -mot  préf*  tag:x</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search texts and notes as you type: &quot;a phrase&quot;, OR, -word to leave out, pre* for a prefix, tag:x for a tag; Enter opens the first result</source>
        <translation>Recherche dans les textes et les notes pendant la saisie&#xa0;: &quot;une phrase&quot;, OR, -mot pour l’exclure, préf* pour un préfixe, tag:x pour une étiquette&#xa0;; Entrée ouvre le premier résultat</translation>
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
        <translation>Seulement&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Language: {label}</source>
        <translation>Langue&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Tagged {label}</source>
        <translation>Étiquette&#xa0;: {label}</translation>
    </message>
    <message>
        <source>A filter: when on, only matching results show</source>
        <translation>Un filtre&#xa0;: activé, seuls les résultats correspondants s’affichent</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Did you mean {link}?</source>
        <translation>Vouliez-vous dire {link}&#xa0;?</translation>
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
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
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
        <translation>Surligner la sélection&#xa0;: {colors}</translation>
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
        <source>The next or previous highlight</source>
        <translation>Le surlignage suivant ou précédent</translation>
    </message>
    <message>
        <source>Open the highlight&apos;s card, to write its note</source>
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
        <translation>La zone suivante ou précédente&#xa0;: bibliothèque, texte, notes, recherche</translation>
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
        <translation>{group}&#xa0;: {where}</translation>
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
    <name>SourceOriginal</name>
    <message>
        <source>The original</source>
        <translation>L’original</translation>
    </message>
    <message>
        <source>The document as its own file shows it, highlights drawn on it</source>
        <translation>Le document tel que son propre fichier l’affiche, avec ses surlignages</translation>
    </message>
    <message>
        <source>Opening the original…</source>
        <translation>Ouverture de l’original…</translation>
    </message>
    <message>
        <source>it could not be prepared ({error})</source>
        <translation>il n’a pas pu être préparé ({error})</translation>
    </message>
    <message>
        <source>The original cannot be shown.

{reason}</source>
        <translation>L’original ne peut pas être affiché.

{reason}</translation>
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
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), the best {shown} shown</source>
        <translation>
            <numerusform>%n résultat, les {shown} meilleurs affichés</numerusform>
            <numerusform>%n résultats, les {shown} meilleurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>{results} · {matches} in {documents}</source>
        <translation>{results} · {matches} dans {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;folder…</source>
        <translation>&amp;Dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Choose the folder a sync tool shares</source>
        <translation>Choisir le dossier partagé par l’outil de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) deleted on one device and edited on another: kept, since an edit wins over a removal.</source>
        <translation>
            <numerusform>%n surlignage supprimé sur un appareil et modifié sur un autre&#xa0;: conservé, car une modification l’emporte sur une suppression.</numerusform>
            <numerusform>%n surlignages supprimés sur un appareil et modifiés sur un autre&#xa0;: conservés, car une modification l’emporte sur une suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source> — deleted here, edited on {device}</source>
        <translation> — supprimé ici, modifié sur {device}</translation>
    </message>
    <message>
        <source> — deleted on {device}, edited here</source>
        <translation> — supprimé sur {device}, modifié ici</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Non synchronisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>Synchronisé {ago}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {devices}</source>
        <translation>
            <numerusform>%n modification venue de {devices}</numerusform>
            <numerusform>%n modifications venues de {devices}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted highlight(s) kept</source>
        <translation>
            <numerusform>%n surlignage supprimé conservé</numerusform>
            <numerusform>%n surlignages supprimés conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder: {folder}</source>
        <translation>Dossier de synchronisation&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>This device: {name}</source>
        <translation>Cet appareil&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Last synced {ago}</source>
        <translation>Dernière synchronisation {ago}</translation>
    </message>
    <message>
        <source>Skipped: {line}</source>
        <translation>Ignoré&#xa0;: {line}</translation>
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
        <translation>
            <numerusform>La corbeille est vide.

Les documents que vous retirez de la bibliothèque attendent ici pendant %n jour, avec leurs surlignages et leurs notes.</numerusform>
            <numerusform>La corbeille est vide.

Les documents que vous retirez de la bibliothèque attendent ici pendant %n jours, avec leurs surlignages et leurs notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed documents are kept for %n day(s) with their highlights and notes, then deleted for good.</source>
        <translation>
            <numerusform>Les documents retirés sont conservés %n jour avec leurs surlignages et leurs notes, puis supprimés définitivement.</numerusform>
            <numerusform>Les documents retirés sont conservés %n jours avec leurs surlignages et leurs notes, puis supprimés définitivement.</numerusform>
        </translation>
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
        <translation>
            <numerusform>&amp;Restaurer %n document</numerusform>
            <numerusform>&amp;Restaurer %n documents</numerusform>
        </translation>
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
        <translation>⚠ Non enregistré ({what})&#xa0;: {reason} La modification est conservée ici et sera enregistrée en cliquant sur Réessayer ou lors de votre prochaine modification.</translation>
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
        <translation>Fermer et perdre les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved, nor kept in a recovery file ({problem}).

Close anyway and lose them?</source>
        <translation>
            <numerusform>%n modification n’a pu être ni enregistrée ni conservée dans un fichier de récupération ({problem}).

Fermer quand même et la perdre&#xa0;?</numerusform>
            <numerusform>%n modifications n’ont pu être ni enregistrées ni conservées dans un fichier de récupération ({problem}).

Fermer quand même et les perdre&#xa0;?</numerusform>
        </translation>
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
        <translation>Affichage de la page entière de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Showing the article of “{title}”</source>
        <translation>Affichage de l’article de «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
</TS>
