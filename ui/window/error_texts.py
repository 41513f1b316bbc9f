"""Every template of the errors the domain says (``reader.errors.said``), listed
for pyside6-lupdate, which reads only literal strings: the window translates an
error through its template (``ui.window.errors.in_words``).

tests/reader/test_error_templates.py checks this list against the templates the
domain uses: each has its entry here, and no entry is left over.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: tuple[str, ...] = (
    # reader/annotations.py
    QT_TRANSLATE_NOOP("Errors", "{hid}: no such highlight"),
    QT_TRANSLATE_NOOP("Errors", "{doc_id}: no such document"),
    QT_TRANSLATE_NOOP("Errors", "empty quote: give the text to highlight"),
    QT_TRANSLATE_NOOP("Errors", "--nth {nth}: occurrences are counted from 1"),
    QT_TRANSLATE_NOOP("Errors", "{short}: not found in {name}"),
    QT_TRANSLATE_NOOP("Errors", "{short}: occurs {count} times in document {doc_id}; choose one "
                                "with --nth N: {value}"),
    QT_TRANSLATE_NOOP("Errors", "{short}: occurrence {index} asked, {name} has {count}"),
    QT_TRANSLATE_NOOP("Errors", "{clean}: highlight {hid} has no such tag"),
    QT_TRANSLATE_NOOP("Errors", "{label}…: a colour label has at most {max_label} characters"),
    # reader/archive.py, reader/archive_reading.py
    QT_TRANSLATE_NOOP("Errors", "document {title}"),
    QT_TRANSLATE_NOOP("Errors", "document {number}"),
    QT_TRANSLATE_NOOP("Errors", "{target}: not a regular file"),
    QT_TRANSLATE_NOOP("Errors", "{target}: exists and is not a Marginalia backup; not replaced"),
    QT_TRANSLATE_NOOP("Errors", "{parent}: no such folder"),
    QT_TRANSLATE_NOOP("Errors", "{what}: needs {needed} MB, only {free} MB free; nothing was "
                                "written"),
    QT_TRANSLATE_NOOP("Errors", "{originals}: {count} originals are missing (e.g. {missing}); "
                                "run 'marginalia check'"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a regular file"),
    QT_TRANSLATE_NOOP("Errors", "not a document record"),
    QT_TRANSLATE_NOOP("Errors", "the record lists no versions"),
    QT_TRANSLATE_NOOP("Errors", "{target}: cannot write the backup ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Marginalia library backup"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the manifest has no format version"),
    QT_TRANSLATE_NOOP("Errors", "{path}: made by a newer Marginalia (backup format {version}; "
                                "this one reads {reads}); please upgrade"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the manifest lists no documents"),
    QT_TRANSLATE_NOOP("Errors", "names an original outside the backup ({name})"),
    QT_TRANSLATE_NOOP("Errors", "its original {name} does not match its hash (damaged)"),
    QT_TRANSLATE_NOOP("Errors", "{path}: no such file"),
    QT_TRANSLATE_NOOP("Errors", "{path}: cannot read ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Marginalia backup (not a zip file, or truncated)"),
    QT_TRANSLATE_NOOP("Errors", "{path}: damaged backup (annotations are not JSON)"),
    QT_TRANSLATE_NOOP("Errors", "stopped by the reader before {item}"),
    QT_TRANSLATE_NOOP("Errors", "{error} (stopped at {item})"),
    QT_TRANSLATE_NOOP("Errors", "the record has no {key}"),
    QT_TRANSLATE_NOOP("Errors", "a version record is incomplete"),
    QT_TRANSLATE_NOOP("Errors", "{original}: not a kind of file Marginalia imports"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Marginalia backup (no manifest)"),
    QT_TRANSLATE_NOOP("Errors", "{path}: damaged backup (manifest unreadable: {exc})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: holds {name}, a path outside what a backup holds; "
                                "refused"),
    QT_TRANSLATE_NOOP("Errors", "{path}: holds a symbolic link ({name}); refused"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {name} is too large for an original"),
    QT_TRANSLATE_NOOP("Errors", "its original {name} is missing from the backup"),
    QT_TRANSLATE_NOOP("Errors", "its original {name} is damaged ({exc})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: damaged backup (annotations: {exc})"),
    # reader/backup.py
    QT_TRANSLATE_NOOP("Errors", "item {number}"),
    QT_TRANSLATE_NOOP("Errors", "annotation {id}"),
    QT_TRANSLATE_NOOP("Errors", "the bookmark's name is not text"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Web Annotation collection"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the collection has no annotation page"),
    QT_TRANSLATE_NOOP("Errors", "{path}: too large for a backup (over {max_backup_bytes} MB)"),
    QT_TRANSLATE_NOOP("Errors", "not an annotation object"),
    QT_TRANSLATE_NOOP("Errors", "target has no source"),
    QT_TRANSLATE_NOOP("Errors", "selector is not a list of selectors"),
    QT_TRANSLATE_NOOP("Errors", "body is not a list of TextualBody objects"),
    QT_TRANSLATE_NOOP("Errors", "the note is not text"),
    QT_TRANSLATE_NOOP("Errors", "a tag is not text"),
    QT_TRANSLATE_NOOP("Errors", "{empty}: empty tag"),
    QT_TRANSLATE_NOOP("Errors", "TextQuoteSelector has no exact text"),
    QT_TRANSLATE_NOOP("Errors", "TextQuoteSelector prefix or suffix is not text"),
    QT_TRANSLATE_NOOP("Errors", "holds text that is not valid Unicode"),
    QT_TRANSLATE_NOOP("Errors", "{path}: is a folder, not a backup file"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a JSON file (nested too deeply)"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a JSON file ({exc})"),
    QT_TRANSLATE_NOOP("Errors", "TextPositionSelector has no {key}"),
    QT_TRANSLATE_NOOP("Errors", "{key} is not a number"),
    QT_TRANSLATE_NOOP("Errors", "{key} is not a finite number"),
    # reader/bookmarks.py
    QT_TRANSLATE_NOOP("Errors", "bookmark name of {count} characters: the limit is {max_name}"),
    QT_TRANSLATE_NOOP("Errors", "empty quote: give the words to bookmark"),
    QT_TRANSLATE_NOOP("Errors", "{short}: not found in document {doc_id}"),
    QT_TRANSLATE_NOOP("Errors", "{short}: occurrence {nth} asked, document {doc_id} has {count}"),
    QT_TRANSLATE_NOOP("Errors", "document: empty; name the document to bookmark"),
    QT_TRANSLATE_NOOP("Errors", "{bookmark_id}: no such bookmark"),
    QT_TRANSLATE_NOOP("Errors", "offset {offset}: must be a whole number"),
    QT_TRANSLATE_NOOP("Errors", "offset {offset}: outside the document (0-{length})"),
    # reader/documents.py
    QT_TRANSLATE_NOOP("Errors", "a title cannot be empty"),
    QT_TRANSLATE_NOOP("Errors", "{title}…: a title has at most {max_title} characters"),
    QT_TRANSLATE_NOOP("Errors", "at most {max_authors} authors"),
    QT_TRANSLATE_NOOP("Errors", "an author's name has at most {max_title} characters"),
    QT_TRANSLATE_NOOP("Errors", "nothing to change: give a title or authors"),
    QT_TRANSLATE_NOOP("Errors", "no document to restore"),
    QT_TRANSLATE_NOOP("Errors", "no document to remove"),
    QT_TRANSLATE_NOOP("Errors", "{doc_id}: not in the trash"),
    QT_TRANSLATE_NOOP("Errors", "{doc_id}: already in the trash"),
    QT_TRANSLATE_NOOP("Errors", "empty document name"),
    QT_TRANSLATE_NOOP("Errors", "{ref}: no document in the trash has this id or title"),
    QT_TRANSLATE_NOOP("Errors", "{ref}: matches {count} documents in the trash ({names})"),
    # reader/errors.py
    QT_TRANSLATE_NOOP("Errors", "a part of the path is a file, not a folder"),
    QT_TRANSLATE_NOOP("Errors", "a file is in the way"),
    QT_TRANSLATE_NOOP("Errors", "read-only file system"),
    QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    QT_TRANSLATE_NOOP("Errors", "file name too long"),
    QT_TRANSLATE_NOOP("Errors", "a loop of symbolic links"),
    QT_TRANSLATE_NOOP("Errors", "permission denied"),
    QT_TRANSLATE_NOOP("Errors", "operation not permitted"),
    QT_TRANSLATE_NOOP("Errors", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("Errors", "no such file or folder"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "library busy: another Marginalia process is writing; try again"),
    QT_TRANSLATE_NOOP("Errors", "index busy: another Marginalia process is writing; try again"),
    QT_TRANSLATE_NOOP("Errors", "stopped"),
    QT_TRANSLATE_NOOP("Errors", "{path}: cannot use this folder as a library ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "{what} busy: another Marginalia process is writing; try again"),
    # reader/export.py
    QT_TRANSLATE_NOOP("Errors", "{out}: a JSON backup goes to a .json file or a folder"),
    QT_TRANSLATE_NOOP("Errors", "{out}: a .json path is for --format json; give a .md file or a "
                                "folder"),
    QT_TRANSLATE_NOOP("Errors", "{out}: no document has highlights or a note to export"),
    QT_TRANSLATE_NOOP("Errors", "{out}: a .md file holds one document; give a folder for {count} "
                                "documents"),
    # reader/export_files.py
    QT_TRANSLATE_NOOP("Errors", "{name}: file name would leave the export folder"),
    QT_TRANSLATE_NOOP("Errors", "{folder}: is a file, not a folder"),
    QT_TRANSLATE_NOOP("Errors", "{target}: is a folder, not a file"),
    QT_TRANSLATE_NOOP("Errors", "{target}: not a regular file; left alone"),
    QT_TRANSLATE_NOOP("Errors", "{where}: cannot write the export ({value})"),
    QT_TRANSLATE_NOOP("Errors", "{target}: cannot write the export ({value})"),
    # reader/files.py
    QT_TRANSLATE_NOOP("Errors", "too large ({size} MB; the limit is 50 MB)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read ({why})"),
    QT_TRANSLATE_NOOP("Errors", "not a regular file"),
    # reader/importers/epub_import.py
    QT_TRANSLATE_NOOP("Errors", "protected by DRM (encrypted content); Marginalia cannot read it"),
    QT_TRANSLATE_NOOP("Errors", "not an EPUB ({why})"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB (META-INF/container.xml names no package file)"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB (its package file {path} is missing)"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB (its spine lists no chapters)"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB ({path} is missing)"),
    QT_TRANSLATE_NOOP("Errors", "too large once unpacked (more than 50 MB of text; the limit is "
                                "50 MB)"),
    QT_TRANSLATE_NOOP("Errors", "too large once unpacked ({member} is {size} MB; the limit is 50 "
                                "MB)"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB ({path} cannot be unpacked)"),
    QT_TRANSLATE_NOOP("Errors", "damaged EPUB ({path} is not valid XML)"),
    QT_TRANSLATE_NOOP("Errors", "no META-INF/container.xml"),
    QT_TRANSLATE_NOOP("Errors", "not a zip archive"),
    # reader/importers/pdf_import.py
    QT_TRANSLATE_NOOP("Errors", "unknown error"),
    QT_TRANSLATE_NOOP("Errors", "file error"),
    QT_TRANSLATE_NOOP("Errors", "data format error"),
    QT_TRANSLATE_NOOP("Errors", "page error"),
    QT_TRANSLATE_NOOP("Errors", "no text layer on any of its {count} pages (a scan?)"),
    QT_TRANSLATE_NOOP("Errors", "{unread} of {count} pages could not be read (damaged)"),
    QT_TRANSLATE_NOOP("Errors", "not a PDF or damaged: the file is empty"),
    QT_TRANSLATE_NOOP("Errors", "not a PDF or damaged: {why}"),
    QT_TRANSLATE_NOOP("Errors", "not a PDF or damaged: it has no pages"),
    QT_TRANSLATE_NOOP("Errors", "too many pages ({count}; the limit is {limit})"),
    QT_TRANSLATE_NOOP("Errors", "{scanned} of {count} pages has no text: scanned?"),
    QT_TRANSLATE_NOOP("Errors", "{scanned} of {count} pages have no text: scanned?"),
    QT_TRANSLATE_NOOP("Errors", "encrypted in a way Marginalia cannot open (unsupported security "
                                "handler)"),
    QT_TRANSLATE_NOOP("Errors", "too much text (more than 50 MB; the limit is 50 MB)"),
    QT_TRANSLATE_NOOP("Errors", "wrong password"),
    QT_TRANSLATE_NOOP("Errors", "encrypted: needs a password"),
    # reader/input_checks.py
    QT_TRANSLATE_NOOP("Errors", "{start}-{end}: offsets must be whole numbers"),
    QT_TRANSLATE_NOOP("Errors", "{start}-{end}: outside the text (0-{count})"),
    QT_TRANSLATE_NOOP("Errors", "{start}-{end}: empty span; a highlight needs at least one "
                                "character"),
    QT_TRANSLATE_NOOP("Errors", "{start}-{end}: the span holds only white space"),
    QT_TRANSLATE_NOOP("Errors", "{color}: not a colour; choose one of {value}"),
    QT_TRANSLATE_NOOP("Errors", "note of {count} characters: the limit is {max_note}"),
    QT_TRANSLATE_NOOP("Errors", "{tag}: empty tag"),
    QT_TRANSLATE_NOOP("Errors", "{name}…: a tag has at most {max_tag} characters"),
    # reader/library.py
    QT_TRANSLATE_NOOP("Errors", "{doc_id}: its original file is missing ({name})"),
    QT_TRANSLATE_NOOP("Errors", "{ref}: no document has this id or title"),
    QT_TRANSLATE_NOOP("Errors", "{ref}: matches {count} documents ({names}{more})"),
    QT_TRANSLATE_NOOP("Errors", "could not be read as a document ({error})"),
    QT_TRANSLATE_NOOP("Errors", "{doc_id}: in the trash (marginalia trash --restore)"),
    QT_TRANSLATE_NOOP("Errors", "cannot keep a copy in {originals} ({why}); nothing was saved"),
    # reader/original_source.py
    QT_TRANSLATE_NOOP("Errors", "no rendering of {ext} originals"),
    QT_TRANSLATE_NOOP("Errors", "no rendering of files without an extension"),
    # reader/page_modes.py
    QT_TRANSLATE_NOOP("Errors", "{title}: only a web page has a whole page to show (this is a "
                                "{ext} file)"),
    QT_TRANSLATE_NOOP("Errors", "{title}: only a web page has a whole page to show (this is a "
                                "text file)"),
    QT_TRANSLATE_NOOP("Errors", "{title}: its original {name} cannot be read ({value}); "
                                "marginalia check lists what is missing"),
    QT_TRANSLATE_NOOP("Errors", "{title}: {reason}"),
    # reader/paths.py
    QT_TRANSLATE_NOOP("Errors", "{what} is not a folder"),
    QT_TRANSLATE_NOOP("Errors", "index is not a folder"),
    # reader/pdf_pages.py
    QT_TRANSLATE_NOOP("Errors", "cannot read the original file ({why})"),
    QT_TRANSLATE_NOOP("Errors", "not a PDF or damaged: pdfium cannot open it"),
    QT_TRANSLATE_NOOP("Errors", "encrypted: its pages need the password"),
    # reader/restored_documents.py
    QT_TRANSLATE_NOOP("Errors", "{title}: its original {name} cannot be read ({reason})"),
    # reader/store.py
    QT_TRANSLATE_NOOP("Errors", "the library is read-only"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {exc}"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the library is read-only; nothing was saved"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the disk is full; nothing was saved"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the disk could not be written ({exc}); nothing was saved"),
    QT_TRANSLATE_NOOP("Errors", "{path}: cannot open the library ({exc})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: made by a newer Marginalia (schema {current}); please "
                                "upgrade"),
    QT_TRANSLATE_NOOP("Errors", "{path}: read-only, and made by an older Marginalia; open it "
                                "once where it can be written"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {why}; nothing was saved"),
    # reader/undo.py
    QT_TRANSLATE_NOOP("Errors", "nothing to undo"),
    QT_TRANSLATE_NOOP("Errors", "nothing to redo"),
    QT_TRANSLATE_NOOP("Errors", "{key}: no longer exists; cannot redo {label}"),
    QT_TRANSLATE_NOOP("Errors", "{key}: no longer exists; cannot undo {label}"),
    # reader/decoding.py
    QT_TRANSLATE_NOOP("Errors", "empty file"),
    QT_TRANSLATE_NOOP("Errors", "binary file (contains NUL bytes), not text"),
    QT_TRANSLATE_NOOP("Errors", "starts as UTF-8 but is not valid UTF-8 at byte {at}"),
    QT_TRANSLATE_NOOP("Errors", "not valid UTF-8, UTF-16 or cp1252 text (byte {byte} at {at})"),
    QT_TRANSLATE_NOOP("Errors", "has a UTF-16 BOM but is not valid UTF-16 at byte {at}"),
    QT_TRANSLATE_NOOP("Errors", "binary file (too many control characters), not text"),
    QT_TRANSLATE_NOOP("Errors", "empty file (only white space)"),
    # reader/importers/__init__.py
    QT_TRANSLATE_NOOP("Errors", "unsupported file type ({ext}); Marginalia reads {types}"),
    QT_TRANSLATE_NOOP("Errors", "no extension"),
    QT_TRANSLATE_NOOP("Errors", "no readable text in the file"),
    QT_TRANSLATE_NOOP("Errors", "no article found: the whole page is shown"),
    # index/indexer.py
    QT_TRANSLATE_NOOP("Errors", "{folder}: cannot write the search index ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{folder}: cannot build the search index ({why}); the "
                                "library is intact"),
    # reader/annotations.py: what Undo and Redo name
    QT_TRANSLATE_NOOP("Errors", "create highlight"),
    QT_TRANSLATE_NOOP("Errors", "delete highlight"),
    QT_TRANSLATE_NOOP("Errors", "edit document note"),
    QT_TRANSLATE_NOOP("Errors", "rename colour"),
    QT_TRANSLATE_NOOP("Errors", "rename document"),
    QT_TRANSLATE_NOOP("Errors", "remove document"),
    QT_TRANSLATE_NOOP("Errors", "remove {n} documents"),
    QT_TRANSLATE_NOOP("Errors", "restore from the trash"),
    QT_TRANSLATE_NOOP("Errors", "restore highlight"),
    QT_TRANSLATE_NOOP("Errors", "recolour"),
    QT_TRANSLATE_NOOP("Errors", "edit note"),
    QT_TRANSLATE_NOOP("Errors", "tag"),
    QT_TRANSLATE_NOOP("Errors", "untag"),
    QT_TRANSLATE_NOOP("Errors", "edit tags"),
    # reader/sync/
    QT_TRANSLATE_NOOP("Errors", "highlight {hid}: deleted on one device and edited on another; "
                                "the edited highlight is kept"),
    QT_TRANSLATE_NOOP("Errors", "highlight {hid}: deleted here and edited on {device}; the "
                                "edited highlight is kept"),
    QT_TRANSLATE_NOOP("Errors", "highlight {hid}: deleted on {device} and edited here; the "
                                "edited highlight is kept"),
    QT_TRANSLATE_NOOP("Errors", "{folder}: another sync of this library is running; try again "
                                "when it ends"),
    QT_TRANSLATE_NOOP("Errors", "{folder}: cannot be used as a sync folder ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{folder}: no such folder (create it, or point a sync tool at "
                                "it first)"),
    QT_TRANSLATE_NOOP("Errors", "{name}: damaged (checksum differs)"),
    QT_TRANSLATE_NOOP("Errors", "{name}: its original has not reached {folder} yet; it will "
                                "come with a later sync"),
    QT_TRANSLATE_NOOP("Errors", "{name}: not a Marginalia update file"),
    QT_TRANSLATE_NOOP("Errors", "{name}: not a readable update ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{name}: not imported from the sync folder ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{name}: truncated ({got} of {length} bytes)"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Marginalia device folder; skipped"),
    QT_TRANSLATE_NOOP("Errors", "{path}: not a Marginalia update file; skipped"),
    QT_TRANSLATE_NOOP("Errors", "{path}: the saved sync state is damaged ({setting})"),
    QT_TRANSLATE_NOOP("Errors", "{path}: unreadable; device skipped"),
    QT_TRANSLATE_NOOP("Errors", "{path}: written by a newer Marginalia (format {version}); "
                                "skipped until this one is upgraded"),
    QT_TRANSLATE_NOOP("Errors", "{path}: {why}; skipped"),
    QT_TRANSLATE_NOOP("Errors", "{target}: cannot be written ({why})"),
    QT_TRANSLATE_NOOP("Errors", "{what}; skipped"),
)
