import type { libraryZh } from './library.zh';

/** English messages of the scenario library: every key of the Chinese list. */
export const libraryEn: Record<keyof typeof libraryZh, string> = {
  'scenario.current': 'Scenario',
  'scenario.unsavedCopy': 'Unsaved scenario',
  'scenario.dirty': 'Unsaved changes',
  'scenario.clean': 'Saved',
  'scenario.save': 'Save',
  'scenario.saveLabel': 'Save the current scenario to the library',
  'scenario.saveAs': 'Save as…',
  'scenario.share': 'Share link',
  'scenario.preview':
    'Viewing the scenario “{name}” from a link: this is an unsaved copy and does not replace your working draft.',
  'scenario.previewReadOnly':
    'Viewing “{name}” read-only: it was saved by a newer version of the app, which this version cannot save or change faithfully. Update the app to edit it.',
  'scenario.previewSave': 'Save a copy',
  'scenario.previewDiscard': 'Back to my draft',

  'history.undo': 'Undo the last change',
  'history.redo': 'Redo',
  'dialog.saveTitle': 'Save scenario',
  'dialog.editTitle': 'Edit scenario details',
  'dialog.duplicateTitle': 'Duplicate scenario',
  'dialog.name': 'Name (required)',
  'dialog.notes': 'Notes',
  'dialog.tags': 'Tags (separated by commas)',
  'dialog.confirm': 'Save',
  'dialog.cancel': 'Cancel',
  'dialog.nameRequired': 'Enter a name: it cannot be empty and may have up to 200 characters.',
  'dialog.nameTooLong': 'A name may have up to 200 characters; this one has {length}.',
  'dialog.tagsInvalid': 'Use at most 30 tags of at most 40 characters each.',
  'dialog.copyName': '{name} (copy)',

  'conflict.title': 'This scenario was changed elsewhere',
  'conflict.body':
    '“{name}” was saved in another tab or window (revision {revision}). Your changes are not saved yet. Choose:',
  'conflict.copy': 'Save as a copy',
  'conflict.overwrite': 'Overwrite the other changes',
  'conflict.cancel': 'Don’t save now',

  'library.heading': 'Scenario library',
  'library.search': 'Search names, notes or tags',
  'library.sort': 'Sort by',
  'library.sortUpdated': 'Last changed',
  'library.sortName': 'Name',
  'library.empty':
    'The library is empty. Adjust assumptions under “Assumptions & targets”, then press “Save”.',
  'library.noMatch': 'No scenario matches “{query}”.',
  'library.count': '{count} scenarios',
  'library.selectAll': 'Select all',
  'library.select': 'Select “{name}”',
  'library.open': 'Open',
  'library.openLabel': 'Open “{name}” as the current scenario',
  'library.duplicate': 'Duplicate',
  'library.edit': 'Edit',
  'library.delete': 'Delete',
  'library.exportOne': 'Export',
  'library.deleteLabel': 'Delete “{name}”',
  'library.updated': 'changed {date}',
  'library.revision': 'revision {revision}',
  'library.otherDataset': 'made with plan dataset {version} (now {current})',
  'library.onPeriod': 'built on {title} ({version}); opening it switches to that period',
  'library.current': 'open now',
  'library.noDifferences': 'Same as its reference scenario',
  'library.differences': 'Differs from its reference: {list}',
  'library.moreDifferences': 'and {count} more',
  'library.headline':
    '{targetYear} industrial output {output} ({attainment} of target), {onTrack}/{total} targets on track',
  'library.unprojectable': 'This scenario cannot be projected with the current plan data: {fields}',
  'library.conflictReading': 'uses another reading of a conflicting figure',
  'library.thresholdsChanged': 'status thresholds changed',
  'library.rangesCount': '{count} assumptions carry ranges',
  'library.openDirtyConfirm':
    'The current scenario has unsaved changes. Opening “{name}” replaces it (the changes in the working draft are lost). Continue?',

  'files.export': 'Export selected',
  'files.exportAll': 'Export all',
  'files.import': 'Import files',
  'files.importLabel': 'Import scenarios from JSON files (several allowed)',
  'files.importDone': 'Imported {count} scenarios.',
  'files.importReplaced': 'Replaced {count} scenarios with the file’s version.',
  'files.importSkipped': '{count} scenarios were already in the library and were not imported again.',
  'import.title': 'Some scenarios are already in the library',
  'import.body':
    '{count} scenarios in “{files}” are already in the library with different content ({identical} more are identical and are skipped). Choose what to do for this import:',
  'import.skip': 'Skip: keep the library’s version',
  'import.keepBoth': 'Keep both: import them as copies',
  'import.replace': 'Replace: overwrite with the file’s version',
  'import.cancel': 'Cancel the import',
  'import.differing': 'Differing: {names}',
  'held.heading': 'Records that cannot be opened now',
  'held.note':
    'These records are kept exactly as they are; this version never changes or deletes them. Save them as a file, or open them with a newer version of the app.',
  'held.newer': 'Saved by a newer version of the app; this version can only show it read-only: {detail}',
  'held.unreadable': 'Cannot be read: {detail}',
  'held.unnamed': '(no name)',
  'held.openReadOnly': 'Open read-only',
  'held.download': 'Save as file',
  'held.delete': 'Delete',
  'held.keptDraft': 'Working scenario kept on {date}',
  'held.keptFileName': 'kept working scenario',
  'held.kept.unreadable': 'It could not be read at start-up and was kept exactly as it was, not overwritten.',
  'held.kept.newer': 'Saved by a newer version of the app; kept exactly as it was.',
  'held.kept.superseded':
    'You changed the scenario while another tab held the storage; the working scenario saved before was kept as it was.',
  'files.importFailed': 'Import failed; the library was not changed. File “{file}”: {message}',
  'files.importWarningDataset':
    '{count} of them were made with plan dataset {version}; the app now has {current}.',
  'files.importWarningMigrated': '{count} of them were upgraded from an older format.',
  'files.exportFileName': 'qianjiang-scenarios',

  'share.title': 'Share link',
  'share.length': 'Link length {length} characters (limit {budget})',
  'share.copy': 'Copy link',
  'share.copied': 'Copied',
  'share.tooLong':
    'This scenario is too large: the link would have {length} characters, over the limit of {budget}. Share it as a file instead:',
  'share.downloadFile': 'Download scenario file',
  'share.close': 'Close',
  'share.opened': 'Opened the scenario “{name}” from the link.',
  'share.unknownPeriod': 'This link cannot be opened here yet: {message}.',
  'share.bad':
    'This link cannot be opened: {message}. It may be incomplete or altered; ask the sender for the full link or a scenario file.',

  'message.saved': 'Saved “{name}”.',
  'message.deleted': 'Deleted “{name}”.',
  'message.undo': 'Undo',
  'message.restored': 'Restored “{name}”.',
  'message.deletedElsewhere':
    '“{name}” was deleted in another tab. Your current changes are kept; you can save them as a new scenario.',
  'message.dismiss': 'Dismiss',
  'message.invalid': 'Cannot save: {detail}',

  'storage.quota':
    'Storage is full, so nothing was saved. Your changes are still on screen: export them to a file, or delete scenarios you no longer need and try again. Saved scenarios are not affected.',
  'storage.unavailable':
    'Browser storage is unavailable (e.g. private mode): scenarios are kept in memory only and are lost when the page closes. Use “Export” to keep them in a file.',
  'storage.closed':
    'The connection to browser storage was closed (perhaps the app was upgraded in another tab). Reload the page; your changes were saved as far as possible.',
  'storage.blocked':
    'Another tab runs an older version of this app and blocks the upgrade. Close the other tabs; this page continues by itself.',
  'storage.newerVersion':
    'A newer version of this app runs in another tab. To avoid overwriting its data, this page stopped saving. Reload the page.',
  'storage.conflict': '“{detail}” was changed elsewhere; reload and try again.',
  'storage.notFound': 'That scenario no longer exists (it may have been deleted elsewhere).',
  'storage.unknown':
    'Storage error: {detail}. Your changes are still on screen; export them to a file to be safe.',
  'storage.exportWorking': 'Export the current scenario to a file',
  'storage.reload': 'Reload page',
  'storage.usage': 'Storage used {usage} of {quota}',
  'storage.persisted': 'The browser keeps this data persistently',
  'storage.notPersisted': 'The browser may clear this data when space runs low; export regularly',
};
