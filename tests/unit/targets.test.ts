import { describe, expect, it } from 'vitest';
import { countMeeting, meets } from '$lib/analysis/targets';

describe('meeting a standard', () => {
	it('reads "le" as at most and "ge" as at least, the limit itself meeting it', () => {
		expect(meets(25, { comparator: 'le', value: 25 })).toBe(true);
		expect(meets(25.01, { comparator: 'le', value: 25 })).toBe(false);
		expect(meets(70, { comparator: 'ge', value: 75 })).toBe(false);
	});
	it('counts only places with a value', () => {
		expect(countMeeting([4, 12, null, 9.9, Number.NaN], { comparator: 'le', value: 10 })).toEqual({
			meeting: 2,
			withData: 3
		});
	});
});
