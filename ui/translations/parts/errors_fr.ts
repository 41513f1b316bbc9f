<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../window/error_texts.py" line="15"/>
        <source>{hid}: no such highlight</source>
        <translation>{hid} : surlignage introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="16"/>
        <source>{doc_id}: no such document</source>
        <translation>{doc_id} : document introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="17"/>
        <source>empty quote: give the text to highlight</source>
        <translation>citation vide : indiquez le texte à surligner</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="18"/>
        <source>--nth {nth}: occurrences are counted from 1</source>
        <translation>--nth {nth} : les occurrences se comptent à partir de 1</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="19"/>
        <source>{short}: not found in {name}</source>
        <translation>{short} : introuvable dans {name}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="20"/>
        <source>{short}: occurs {count} times in document {doc_id}; choose one with --nth N: {value}</source>
        <translation>{short} : apparaît {count} fois dans le document {doc_id} ; choisissez-en une avec --nth N : {value}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="22"/>
        <source>{short}: occurrence {index} asked, {name} has {count}</source>
        <translation>{short} : occurrence {index} demandée, {name} n’en a que {count}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="23"/>
        <source>{clean}: highlight {hid} has no such tag</source>
        <translation>{clean} : le surlignage {hid} n’a pas cette étiquette</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="24"/>
        <source>{label}…: a colour label has at most {max_label} characters</source>
        <translation>{label}… : un nom de couleur a au plus {max_label} caractères</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="26"/>
        <source>document {title}</source>
        <translation>document {title}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="27"/>
        <source>document {number}</source>
        <translation>document {number}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="28"/>
        <source>{target}: not a regular file</source>
        <translation>{target} : pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="29"/>
        <source>{target}: exists and is not a Marginalia backup; not replaced</source>
        <translation>{target} : existe déjà et n’est pas une sauvegarde Marginalia ; non remplacé</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="30"/>
        <source>{parent}: no such folder</source>
        <translation>{parent} : dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="31"/>
        <source>{what}: needs {needed} MB, only {free} MB free; nothing was written</source>
        <translation>{what} : {needed} Mo nécessaires, seulement {free} Mo libres ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="33"/>
        <source>{originals}: {count} originals are missing (e.g. {missing}); run 'marginalia check'</source>
        <translation>{originals} : {count} originaux manquent (par exemple {missing}) ; lancez « marginalia check »</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="35"/>
        <source>{path}: not a regular file</source>
        <translation>{path} : pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="36"/>
        <source>not a document record</source>
        <translation>pas une fiche de document</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="37"/>
        <source>the record lists no versions</source>
        <translation>la fiche ne liste aucune version</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="38"/>
        <source>{target}: cannot write the backup ({why})</source>
        <translation>{target} : impossible d’écrire la sauvegarde ({why})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="39"/>
        <source>{path}: not a Marginalia library backup</source>
        <translation>{path} : pas une sauvegarde de bibliothèque Marginalia</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="40"/>
        <source>{path}: the manifest has no format version</source>
        <translation>{path} : le manifeste n’indique pas de version de format</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="41"/>
        <source>{path}: made by a newer Marginalia (backup format {version}; this one reads {reads}); please upgrade</source>
        <translation>{path} : créée par une version plus récente de Marginalia (format de sauvegarde {version} ; celle-ci lit le {reads}) ; veuillez mettre à jour</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="43"/>
        <source>{path}: the manifest lists no documents</source>
        <translation>{path} : le manifeste ne liste aucun document</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="44"/>
        <source>names an original outside the backup ({name})</source>
        <translation>désigne un original hors de la sauvegarde ({name})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="45"/>
        <source>its original {name} does not match its hash (damaged)</source>
        <translation>son original {name} ne correspond pas à son empreinte (endommagé)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="46"/>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="47"/>
        <source>{path}: cannot read ({why})</source>
        <translation>{path} : lecture impossible ({why})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="48"/>
        <source>{path}: not a Marginalia backup (not a zip file, or truncated)</source>
        <translation>{path} : pas une sauvegarde Marginalia (pas un fichier zip, ou tronqué)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="49"/>
        <source>{path}: damaged backup (annotations are not JSON)</source>
        <translation>{path} : sauvegarde endommagée (les annotations ne sont pas du JSON)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="50"/>
        <source>stopped by the reader before {item}</source>
        <translation>arrêtée par le lecteur avant {item}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="51"/>
        <source>{error} (stopped at {item})</source>
        <translation>{error} (arrêt à {item})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="52"/>
        <source>the record has no {key}</source>
        <translation>la fiche n’a pas de {key}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="53"/>
        <source>a version record is incomplete</source>
        <translation>une fiche de version est incomplète</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="54"/>
        <source>{original}: not a kind of file Marginalia imports</source>
        <translation>{original} : Marginalia n’importe pas ce type de fichier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="55"/>
        <source>{path}: not a Marginalia backup (no manifest)</source>
        <translation>{path} : pas une sauvegarde Marginalia (aucun manifeste)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="56"/>
        <source>{path}: damaged backup (manifest unreadable: {exc})</source>
        <translation>{path} : sauvegarde endommagée (manifeste illisible : {exc})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="57"/>
        <source>{path}: holds {name}, a path outside what a backup holds; refused</source>
        <translation>{path} : contient {name}, un chemin hors de ce que contient une sauvegarde ; refusée</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="59"/>
        <source>{path}: holds a symbolic link ({name}); refused</source>
        <translation>{path} : contient un lien symbolique ({name}) ; refusée</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="60"/>
        <source>{path}: {name} is too large for an original</source>
        <translation>{path} : {name} est trop volumineux pour un original</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="61"/>
        <source>its original {name} is missing from the backup</source>
        <translation>son original {name} manque dans la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="62"/>
        <source>its original {name} is damaged ({exc})</source>
        <translation>son original {name} est endommagé ({exc})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="63"/>
        <source>{path}: damaged backup (annotations: {exc})</source>
        <translation>{path} : sauvegarde endommagée (annotations : {exc})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="65"/>
        <source>item {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="66"/>
        <source>annotation {id}</source>
        <translation>annotation {id}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="67"/>
        <source>the bookmark's name is not text</source>
        <translation>le nom du signet n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="68"/>
        <source>{path}: not a Web Annotation collection</source>
        <translation>{path} : pas une collection Web Annotation</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="69"/>
        <source>{path}: the collection has no annotation page</source>
        <translation>{path} : la collection n’a aucune page d’annotations</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="70"/>
        <source>{path}: too large for a backup (over {max_backup_bytes} MB)</source>
        <translation>{path} : trop volumineux pour une sauvegarde (plus de {max_backup_bytes} Mo)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="71"/>
        <source>not an annotation object</source>
        <translation>pas un objet d’annotation</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="72"/>
        <source>target has no source</source>
        <translation>la cible n’a pas de source</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="73"/>
        <source>selector is not a list of selectors</source>
        <translation>le sélecteur n’est pas une liste de sélecteurs</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="74"/>
        <source>body is not a list of TextualBody objects</source>
        <translation>le corps n’est pas une liste d’objets TextualBody</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="75"/>
        <source>the note is not text</source>
        <translation>la note n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="76"/>
        <source>a tag is not text</source>
        <translation>une étiquette n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="77"/>
        <source>{empty}: empty tag</source>
        <translation>{empty} : étiquette vide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="78"/>
        <source>TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector n’a pas de texte exact</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="79"/>
        <source>TextQuoteSelector prefix or suffix is not text</source>
        <translation>le préfixe ou le suffixe de TextQuoteSelector n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="80"/>
        <source>holds text that is not valid Unicode</source>
        <translation>contient du texte qui n’est pas de l’Unicode valide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="81"/>
        <source>{path}: is a folder, not a backup file</source>
        <translation>{path} : est un dossier, pas un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="82"/>
        <source>{path}: not a JSON file (nested too deeply)</source>
        <translation>{path} : pas un fichier JSON (imbrication trop profonde)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="83"/>
        <source>{path}: not a JSON file ({exc})</source>
        <translation>{path} : pas un fichier JSON ({exc})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="84"/>
        <source>TextPositionSelector has no {key}</source>
        <translation>TextPositionSelector n’a pas de {key}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="85"/>
        <source>{key} is not a number</source>
        <translation>{key} n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="86"/>
        <source>{key} is not a finite number</source>
        <translation>{key} n’est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="88"/>
        <source>bookmark name of {count} characters: the limit is {max_name}</source>
        <translation>nom de signet de {count} caractères : la limite est de {max_name}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="89"/>
        <source>empty quote: give the words to bookmark</source>
        <translation>citation vide : indiquez les mots où placer le signet</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="90"/>
        <source>{short}: not found in document {doc_id}</source>
        <translation>{short} : introuvable dans le document {doc_id}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="91"/>
        <source>{short}: occurrence {nth} asked, document {doc_id} has {count}</source>
        <translation>{short} : occurrence {nth} demandée, le document {doc_id} n’en a que {count}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="92"/>
        <source>document: empty; name the document to bookmark</source>
        <translation>document : vide ; indiquez le document où placer le signet</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="93"/>
        <source>{bookmark_id}: no such bookmark</source>
        <translation>{bookmark_id} : signet introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="94"/>
        <source>offset {offset}: must be a whole number</source>
        <translation>position {offset} : doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="95"/>
        <source>offset {offset}: outside the document (0-{length})</source>
        <translation>position {offset} : hors du document (0-{length})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="97"/>
        <source>a title cannot be empty</source>
        <translation>un titre ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="98"/>
        <source>{title}…: a title has at most {max_title} characters</source>
        <translation>{title}… : un titre a au plus {max_title} caractères</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="99"/>
        <source>at most {max_authors} authors</source>
        <translation>{max_authors} auteurs au plus</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="100"/>
        <source>an author's name has at most {max_title} characters</source>
        <translation>un nom d’auteur a au plus {max_title} caractères</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="101"/>
        <source>nothing to change: give a title or authors</source>
        <translation>rien à modifier : indiquez un titre ou des auteurs</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="102"/>
        <source>no document to restore</source>
        <translation>aucun document à restaurer</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="103"/>
        <source>no document to remove</source>
        <translation>aucun document à retirer</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="104"/>
        <source>{doc_id}: not in the trash</source>
        <translation>{doc_id} : pas dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="105"/>
        <source>{doc_id}: already in the trash</source>
        <translation>{doc_id} : déjà dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="106"/>
        <source>empty document name</source>
        <translation>nom de document vide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="107"/>
        <source>{ref}: no document in the trash has this id or title</source>
        <translation>{ref} : aucun document de la corbeille n’a cet identifiant ou ce titre</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="108"/>
        <source>{ref}: matches {count} documents in the trash ({names})</source>
        <translation>{ref} : correspond à {count} documents de la corbeille ({names})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="110"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="111"/>
        <source>a file is in the way</source>
        <translation>un fichier est dans le passage</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="112"/>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="113"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="114"/>
        <source>file name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="115"/>
        <source>a loop of symbolic links</source>
        <translation>une boucle de liens symboliques</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="116"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="117"/>
        <source>operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="118"/>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="119"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="120"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="121"/>
        <source>library busy: another Marginalia process is writing; try again</source>
        <translation>bibliothèque occupée : un autre processus Marginalia écrit ; réessayez</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="122"/>
        <source>index busy: another Marginalia process is writing; try again</source>
        <translation>index occupé : un autre processus Marginalia écrit ; réessayez</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="123"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="124"/>
        <source>{path}: cannot use this folder as a library ({reason})</source>
        <translation>{path} : impossible d’utiliser ce dossier comme bibliothèque ({reason})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="125"/>
        <source>{what} busy: another Marginalia process is writing; try again</source>
        <translation>{what} occupé : un autre processus Marginalia écrit ; réessayez</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="127"/>
        <source>{out}: a JSON backup goes to a .json file or a folder</source>
        <translation>{out} : une sauvegarde JSON va dans un fichier .json ou un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="128"/>
        <source>{out}: a .json path is for --format json; give a .md file or a folder</source>
        <translation>{out} : un chemin .json est pour --format json ; indiquez un fichier .md ou un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="130"/>
        <source>{out}: no document has highlights or a note to export</source>
        <translation>{out} : aucun document n’a de surlignages ni de note à exporter</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="131"/>
        <source>{out}: a .md file holds one document; give a folder for {count} documents</source>
        <translation>{out} : un fichier .md contient un seul document ; indiquez un dossier pour {count} documents</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="134"/>
        <source>{name}: file name would leave the export folder</source>
        <translation>{name} : ce nom de fichier sortirait du dossier d’export</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="135"/>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder} : est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="136"/>
        <source>{target}: is a folder, not a file</source>
        <translation>{target} : est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="137"/>
        <source>{target}: not a regular file; left alone</source>
        <translation>{target} : pas un fichier ordinaire ; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="138"/>
        <source>{where}: cannot write the export ({value})</source>
        <translation>{where} : impossible d’écrire l’export ({value})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="139"/>
        <source>{target}: cannot write the export ({value})</source>
        <translation>{target} : impossible d’écrire l’export ({value})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="141"/>
        <source>too large ({size} MB; the limit is 50 MB)</source>
        <translation>trop volumineux ({size} Mo ; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="142"/>
        <source>cannot read ({why})</source>
        <translation>lecture impossible ({why})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="143"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="145"/>
        <source>protected by DRM (encrypted content); Marginalia cannot read it</source>
        <translation>protégé par DRM (contenu chiffré) ; Marginalia ne peut pas le lire</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="146"/>
        <source>not an EPUB ({why})</source>
        <translation>pas un EPUB ({why})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="147"/>
        <source>damaged EPUB (META-INF/container.xml names no package file)</source>
        <translation>EPUB endommagé (META-INF/container.xml ne désigne aucun fichier de paquet)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="148"/>
        <source>damaged EPUB (its package file {path} is missing)</source>
        <translation>EPUB endommagé (son fichier de paquet {path} manque)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="149"/>
        <source>damaged EPUB (its spine lists no chapters)</source>
        <translation>EPUB endommagé (son ordre de lecture ne liste aucun chapitre)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="150"/>
        <source>damaged EPUB ({path} is missing)</source>
        <translation>EPUB endommagé ({path} manque)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="151"/>
        <source>too large once unpacked (more than 50 MB of text; the limit is 50 MB)</source>
        <translation>trop volumineux une fois décompressé (plus de 50 Mo de texte ; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="153"/>
        <source>too large once unpacked ({member} is {size} MB; the limit is 50 MB)</source>
        <translation>trop volumineux une fois décompressé ({member} fait {size} Mo ; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="155"/>
        <source>damaged EPUB ({path} cannot be unpacked)</source>
        <translation>EPUB endommagé ({path} ne peut pas être décompressé)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="156"/>
        <source>damaged EPUB ({path} is not valid XML)</source>
        <translation>EPUB endommagé ({path} n’est pas du XML valide)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="157"/>
        <source>no META-INF/container.xml</source>
        <translation>pas de META-INF/container.xml</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="158"/>
        <source>not a zip archive</source>
        <translation>pas une archive zip</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="160"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="161"/>
        <source>file error</source>
        <translation>erreur de fichier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="162"/>
        <source>data format error</source>
        <translation>erreur de format des données</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="163"/>
        <source>page error</source>
        <translation>erreur de page</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="164"/>
        <source>no text layer on any of its {count} pages (a scan?)</source>
        <translation>aucune couche de texte sur ses {count} pages (un document numérisé ?)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="165"/>
        <source>{unread} of {count} pages could not be read (damaged)</source>
        <translation>{unread} pages sur {count} n’ont pas pu être lues (endommagées)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="166"/>
        <source>not a PDF or damaged: the file is empty</source>
        <translation>pas un PDF ou endommagé : le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="167"/>
        <source>not a PDF or damaged: {why}</source>
        <translation>pas un PDF ou endommagé : {why}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="168"/>
        <source>not a PDF or damaged: it has no pages</source>
        <translation>pas un PDF ou endommagé : il n’a aucune page</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="169"/>
        <source>too many pages ({count}; the limit is {limit})</source>
        <translation>trop de pages ({count} ; la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="170"/>
        <source>{scanned} of {count} pages has no text: scanned?</source>
        <translation>{scanned} page sur {count} n’a pas de texte : numérisée ?</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="171"/>
        <source>{scanned} of {count} pages have no text: scanned?</source>
        <translation>{scanned} pages sur {count} n’ont pas de texte : numérisées ?</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="172"/>
        <source>encrypted in a way Marginalia cannot open (unsupported security handler)</source>
        <translation>chiffré d’une façon que Marginalia ne sait pas ouvrir (gestionnaire de sécurité non pris en charge)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="174"/>
        <source>too much text (more than 50 MB; the limit is 50 MB)</source>
        <translation>trop de texte (plus de 50 Mo ; la limite est de 50 Mo)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="175"/>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="176"/>
        <source>encrypted: needs a password</source>
        <translation>chiffré : un mot de passe est nécessaire</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="178"/>
        <source>{start}-{end}: offsets must be whole numbers</source>
        <translation>{start}-{end} : les positions doivent être des nombres entiers</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="179"/>
        <source>{start}-{end}: outside the text (0-{count})</source>
        <translation>{start}-{end} : hors du texte (0-{count})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="180"/>
        <source>{start}-{end}: empty span; a highlight needs at least one character</source>
        <translation>{start}-{end} : passage vide ; un surlignage demande au moins un caractère</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="182"/>
        <source>{start}-{end}: the span holds only white space</source>
        <translation>{start}-{end} : le passage ne contient que des espaces</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="183"/>
        <source>{color}: not a colour; choose one of {value}</source>
        <translation>{color} : pas une couleur ; choisissez parmi {value}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="184"/>
        <source>note of {count} characters: the limit is {max_note}</source>
        <translation>note de {count} caractères : la limite est de {max_note}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="185"/>
        <source>{tag}: empty tag</source>
        <translation>{tag} : étiquette vide</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="186"/>
        <source>{name}…: a tag has at most {max_tag} characters</source>
        <translation>{name}… : une étiquette a au plus {max_tag} caractères</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="188"/>
        <source>{doc_id}: its original file is missing ({name})</source>
        <translation>{doc_id} : son fichier original manque ({name})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="189"/>
        <source>{ref}: no document has this id or title</source>
        <translation>{ref} : aucun document n’a cet identifiant ou ce titre</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="190"/>
        <source>{ref}: matches {count} documents ({names}{more})</source>
        <translation>{ref} : correspond à {count} documents ({names}{more})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="191"/>
        <source>could not be read as a document ({error})</source>
        <translation>n’a pas pu être lu comme un document ({error})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="192"/>
        <source>{doc_id}: in the trash (marginalia trash --restore)</source>
        <translation>{doc_id} : dans la corbeille (marginalia trash --restore)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="193"/>
        <source>cannot keep a copy in {originals} ({why}); nothing was saved</source>
        <translation>impossible d’en garder une copie dans {originals} ({why}) ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="195"/>
        <source>no rendering of {ext} originals</source>
        <translation>pas d’affichage des originaux {ext}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="196"/>
        <source>no rendering of files without an extension</source>
        <translation>pas d’affichage des fichiers sans extension</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="198"/>
        <source>{title}: only a web page has a whole page to show (this is a {ext} file)</source>
        <translation>{title} : seule une page web a une page entière à afficher (ceci est un fichier {ext})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="200"/>
        <source>{title}: only a web page has a whole page to show (this is a text file)</source>
        <translation>{title} : seule une page web a une page entière à afficher (ceci est un fichier texte)</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="202"/>
        <source>{title}: its original {name} cannot be read ({value}); marginalia check lists what is missing</source>
        <translation>{title} : son original {name} est illisible ({value}) ; marginalia check liste ce qui manque</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="204"/>
        <source>{title}: {reason}</source>
        <translation>{title} : {reason}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="206"/>
        <source>{what} is not a folder</source>
        <translation>{what} n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="207"/>
        <source>index is not a folder</source>
        <translation>index n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="209"/>
        <source>cannot read the original file ({why})</source>
        <translation>impossible de lire le fichier original ({why})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="210"/>
        <source>not a PDF or damaged: pdfium cannot open it</source>
        <translation>pas un PDF ou endommagé : pdfium ne peut pas l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="211"/>
        <source>encrypted: its pages need the password</source>
        <translation>chiffré : ses pages demandent le mot de passe</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="213"/>
        <source>{title}: its original {name} cannot be read ({reason})</source>
        <translation>{title} : son original {name} est illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="215"/>
        <source>the library is read-only</source>
        <translation>la bibliothèque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="216"/>
        <source>{path}: {exc}</source>
        <translation>{path} : {exc}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="217"/>
        <source>{path}: the library is read-only; nothing was saved</source>
        <translation>{path} : la bibliothèque est en lecture seule ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="218"/>
        <source>{path}: the disk is full; nothing was saved</source>
        <translation>{path} : le disque est plein ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="219"/>
        <source>{path}: the disk could not be written ({exc}); nothing was saved</source>
        <translation>{path} : impossible d’écrire sur le disque ({exc}) ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="220"/>
        <source>{path}: cannot open the library ({exc})</source>
        <translation>{path} : impossible d’ouvrir la bibliothèque ({exc})</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="221"/>
        <source>{path}: made by a newer Marginalia (schema {current}); please upgrade</source>
        <translation>{path} : créée par une version plus récente de Marginalia (schéma {current}) ; veuillez mettre à jour</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="223"/>
        <source>{path}: read-only, and made by an older Marginalia; open it once where it can be written</source>
        <translation>{path} : en lecture seule, et créée par une version plus ancienne de Marginalia ; ouvrez-la une fois là où elle peut être écrite</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="225"/>
        <source>{path}: {why}; nothing was saved</source>
        <translation>{path} : {why} ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="227"/>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="228"/>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="229"/>
        <source>{key}: no longer exists; cannot redo {label}</source>
        <translation>{key} : n’existe plus ; impossible de rétablir {label}</translation>
    </message>
    <message>
        <location filename="../../window/error_texts.py" line="230"/>
        <source>{key}: no longer exists; cannot undo {label}</source>
        <translation>{key} : n’existe plus ; impossible d’annuler {label}</translation>
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
        <translation>type de fichier non pris en charge ({ext}) ; Marginalia lit {types}</translation>
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
        <translation>aucun article trouvé : la page entière est affichée</translation>
    </message>
    <message>
        <source>{folder}: cannot write the search index ({why})</source>
        <translation>{folder} : impossible d’écrire l’index de recherche ({why})</translation>
    </message>
    <message>
        <source>{folder}: cannot build the search index ({why}); the library is intact</source>
        <translation>{folder} : impossible de construire l’index de recherche ({why}) ; la bibliothèque est intacte</translation>
    </message>
</context>
</TS>