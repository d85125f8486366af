// `npm run bench`: measures what the office waits for and prints one line per figure, in the
// form `name: value unit`. Each module of figures measures one area; add a group to the list.
import { briefingFigures } from './briefing-figures';
import { databaseFigures } from './database-figures';
import { pickFigures } from './pick-figures';
import { uiFigures } from './ui-figures';
import type { FigureGroup } from './figure';

const GROUPS: FigureGroup[] = [databaseFigures, uiFigures, pickFigures, briefingFigures];

async function main(): Promise<void> {
  for (const group of GROUPS) {
    for (const figure of await group()) console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
