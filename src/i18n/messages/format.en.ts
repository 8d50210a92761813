import type { formatZh } from './format.zh';

/** English wording of the problems found in imported files and share links (by error code). */
export const formatEn: Record<keyof typeof formatZh, string> = {
  'format.fileTooLarge':
    'the file has {bytes} bytes, over the limit of {maxBytes}; export in parts and import them one by one',
  'format.fileEmpty': 'the file is empty',
  'format.fileTruncated': 'the file is incomplete (cut off part-way); export or download it again',
  'format.notJson': 'the file is not JSON{where}',
  'format.notJsonAt': ' (line {line}, column {column})',
  'format.tooDeep': 'the file nests deeper than {maxDepth} levels; it is not a scenario file of this app',
  'format.forbiddenKey': 'the field “{path}” uses the forbidden name “{key}”',
  'format.notScenarioFile': 'this is not a scenario file of this app (format “{found}”)',
  'format.newerFormat':
    'the file was exported by a newer version of this app (format {formatVersion}; this app reads {supportedVersion}); update the app first',
  'format.noScenarios': 'the file holds no scenario',
  'format.duplicateId': 'the field “{path}” repeats the id of “{firstPath}”',
  'format.newerSchema':
    '“{path}” was saved by a newer version of this app (record version {schemaVersion}; this app reads {supportedVersion}); update the app first',
  'format.migrationFailed': 'upgrading “{path}” from version {fromVersion} to {toVersion} failed: {detail}',
  'format.missingField': 'the field “{path}” is missing',
  'format.wrongType': 'the field “{path}” should be {expected} but is {received}',
  'format.notFinite': 'the field “{path}” holds {value}, which is not a finite number',
  'format.outOfRange': 'the field “{path}” is {value}, outside the allowed range {min} to {max}',
  'format.textBlank': 'the field “{path}” must not be empty',
  'format.textTooLong': 'the field “{path}” has {length} characters; at most {maxLength} are allowed',
  'format.tooManyItems': 'the field “{path}” has {count} items; at most {maxItems} are allowed',
  'format.duplicateTag': 'the field “{path}” repeats the tag “{tag}”',
  'format.invalidOption': 'the field “{path}” holds “{value}”; allowed: {options}',
  'format.datasetVersionMismatch':
    '“{path}” has two different plan dataset versions ({recordVersion} and {scenarioVersion})',
  'format.invalidActuals': 'the actual figures in “{path}” cannot be used ({detail})',
  'format.invalidDataset': 'the plan period in “{path}” cannot be used ({detail})',
  'format.linkMissing': 'the address holds no scenario (no #s= part)',
  'format.linkTooLong': 'the link has {length} characters, over the limit of {maxLength}',
  'format.linkDamaged': 'the link is damaged or was altered',
  'format.linkTooLarge': 'the link unpacks to more than {maxBytes} bytes',
  'format.newerLink': 'the link was made by a newer version of this app; update the app first',
  'format.unknownPeriod':
    'the link’s scenario is built on the plan period “{version}”, which this browser does not hold; import that period’s file in Periods, then open the link again',
  'format.type.number': 'a number',
  'format.type.text': 'text',
  'format.type.list': 'a list',
  'format.type.object': 'an object',
  'format.type.null': 'null',
  'format.type.boolean': 'true/false',
  'format.type.other': 'something else',
};
