/** Self-hosted URLs of the bundled datasets: Vite copies each CSV into the build with a content hash. */
import cities from '../../../datasets/cities.csv?url';
import geo from '../../../datasets/geo.csv?url';
import indicators from '../../../datasets/indicators.csv?url';
import observations from '../../../datasets/observations.csv?url';
import observationsWho from '../../../datasets/observations-who.csv?url';
import partners from '../../../datasets/partners.csv?url';
import sources from '../../../datasets/sources.csv?url';
import targets from '../../../datasets/targets.csv?url';

export const DATASET_URLS: Readonly<Record<string, string>> = {
	'cities.csv': cities,
	'geo.csv': geo,
	'indicators.csv': indicators,
	'observations.csv': observations,
	'observations-who.csv': observationsWho,
	'partners.csv': partners,
	'sources.csv': sources,
	'targets.csv': targets
};
