/** The indicator themes of the data package, in reading order, with their names in words. */
export const THEMES = [
	['population', 'Population'],
	['economy-work', 'Economy and work'],
	['education', 'Education'],
	['mobility', 'Mobility'],
	['environment', 'Environment'],
	['living-conditions', 'Living conditions'],
	['health', 'Health'],
	['residents-views', "Residents' views"]
] as const;

/** A theme's name in words; an unknown theme keeps its own name. */
export function themeLabel(name: string): string {
	return THEMES.find(([n]) => n === name)?.[1] ?? name;
}

export interface ThemeGroup<T> {
	name: string;
	label: string;
	indicators: T[];
}

/** Groups indicators by theme in the order above; an unknown theme goes last under its own name. */
export function groupByTheme<T extends { theme: string }>(indicators: readonly T[]): ThemeGroup<T>[] {
	const known: readonly string[] = THEMES.map(([name]) => name);
	const names = [
		...THEMES.map(([name]) => name),
		...new Set(indicators.map((i) => i.theme).filter((t) => !known.includes(t)))
	];
	return names
		.map((name) => ({
			name,
			label: themeLabel(name),
			indicators: indicators.filter((i) => i.theme === name)
		}))
		.filter((group) => group.indicators.length > 0);
}
