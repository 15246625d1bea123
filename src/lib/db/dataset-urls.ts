/** Self-hosted URLs of the bundled datasets: Vite copies each CSV into the build with a content hash. */
import cities from '../../../datasets/cities.csv?url';
import geo from '../../../datasets/geo.csv?url';
import indicators from '../../../datasets/indicators.csv?url';
import indicatorPhrases from '../../../datasets/indicator-phrases.csv?url';
import observations from '../../../datasets/observations.csv?url';
import observationsIlsole from '../../../datasets/observations-ilsole.csv?url';
import observationsUnHabitat from '../../../datasets/observations-un-habitat.csv?url';
import observationsWho from '../../../datasets/observations-who.csv?url';
import partners from '../../../datasets/partners.csv?url';
import perceptionMapping from '../../../datasets/perception-mapping.csv?url';
import placeRegions from '../../../datasets/place-regions.csv?url';
import sources from '../../../datasets/sources.csv?url';
import targets from '../../../datasets/targets.csv?url';
import places from '../../../datasets/places.csv?url';
import geoEurope from '../../../datasets/geo-europe.csv?url';
import observationsEurope from '../../../datasets/observations-europe.csv?url';
import observationsEuropeWho from '../../../datasets/observations-europe-who.csv?url';
import urbCtranLabels from '../../../datasets/urb-ctran-labels.csv?url';

export const DATASET_URLS: Readonly<Record<string, string>> = {
	'cities.csv': cities,
	'geo.csv': geo,
	'indicators.csv': indicators,
	'indicator-phrases.csv': indicatorPhrases,
	'observations.csv': observations,
	'observations-who.csv': observationsWho,
	'observations-un-habitat.csv': observationsUnHabitat,
	'observations-ilsole.csv': observationsIlsole,
	'partners.csv': partners,
	'perception-mapping.csv': perceptionMapping,
	'place-regions.csv': placeRegions,
	'sources.csv': sources,
	'targets.csv': targets,
	'places.csv': places,
	'geo-europe.csv': geoEurope,
	'observations-europe.csv': observationsEurope,
	'observations-europe-who.csv': observationsEuropeWho,
	'urb-ctran-labels.csv': urbCtranLabels
};
