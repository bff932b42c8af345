import { HardwareProfile, getHardwareProfile, parseHardwareProfileJson } from '../../cost';
import { readTextFile } from '../io';

/**
 * The value of a `--hardware` option: a built-in profile name (UnknownNameError lists the names),
 * or a JSON profile file when the value ends in .json (FileError / InvalidArgumentError).
 */
export function loadHardwareArg(value: string): HardwareProfile {
  return value.toLowerCase().endsWith('.json') ? parseHardwareProfileJson(readTextFile(value)) : getHardwareProfile(value);
}
