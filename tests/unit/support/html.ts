import { JSDOM } from 'jsdom';

/** Parses server-rendered markup into a DOM document to query what a component drew. */
export function parseHTML(html: string): Document {
	return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}
