// Command-line words → a command and its options. Hand-written rather than node:util's parseArgs so
// that every mistake maps to a catalogue code with a message in the user's language.
import { CliError } from "./cli-errors.js";

export interface OptionSpec {
  name: string;
  short?: string;
  /** Takes a value (`--format json`, `--format=json`); otherwise a flag. */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/**
 * Parses the words after the command name. `--` ends the options, so a file may be named `-x.md`.
 * `commandName` only shapes the hint of an unknown-option message.
 */
export function parseArgs(
  words: readonly string[],
  specs: readonly OptionSpec[],
  commandName = "",
): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "--") {
      positionals.push(...words.slice(i + 1));
      break;
    }
    if (!word.startsWith("-") || word === "-") {
      positionals.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = eq > 0 ? word.slice(0, eq) : word;
    const spec = name.startsWith("--")
      ? specs.find((s) => `--${s.name}` === name)
      : specs.find((s) => s.short && `-${s.short}` === name);
    if (!spec)
      throw new CliError("UNKNOWN_OPTION", { subject: name, reason: commandName ? `${commandName} ` : "" });
    if (!spec.value) {
      if (eq > 0) throw new CliError("UNEXPECTED_ARGUMENT", { subject: word });
      options[spec.name] = true;
      continue;
    }
    const value = eq > 0 ? word.slice(eq + 1) : words[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("-") && value !== "-")) {
      throw new CliError("MISSING_OPTION_VALUE", { subject: name });
    }
    options[spec.name] = value;
  }
  return { positionals, options };
}
