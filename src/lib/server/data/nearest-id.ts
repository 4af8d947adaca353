/**
 * The id an editor most likely meant when they typed one the data does not hold: a slip of a
 * letter or two ("escapes-interviewed" for "escapees-interviewed"), never a guess at a
 * different name.
 */
import { distance } from 'fastest-levenshtein';

/** The nearest of `ids` to `typed`, if it is within a slip's reach and no other is as near. */
export function nearestId(typed: string, ids: Iterable<string>): string | undefined {
	const wanted = typed.toLowerCase();
	// A slip: about one letter in four, at least two (a swapped pair of letters is two).
	const reach = Math.max(2, Math.floor(wanted.length / 4));
	let best: string | undefined;
	let bestDistance = Infinity;
	let tied = false;
	for (const id of ids) {
		const d = distance(wanted, id);
		if (d < bestDistance) [best, bestDistance, tied] = [id, d, false];
		else if (d === bestDistance) tied = true;
	}
	return best !== undefined && bestDistance <= reach && !tied ? best : undefined;
}
