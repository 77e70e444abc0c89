/**
 * Hands a site model that `npm run build` has already computed to the Eleventy plugin, so content is
 * read, validated and rendered to models once per build, not once to check and again to build.
 * The dev server and a plain `eleventy` run provide nothing, and the plugin loads the site itself.
 */
import type { SiteModel } from "../site/site-model.ts";
import type { BuildOptions } from "./build-options.ts";

const prepared = new Map<string, SiteModel>();

function keyOf(options: BuildOptions): string {
  return JSON.stringify([options.contentDir, options.baseUrl, options.pathPrefix, options.includeDrafts]);
}

/**
 * Makes a model available for one build with these options.
 * @example providePreparedSite(options, model)
 */
export function providePreparedSite(options: BuildOptions, model: SiteModel): void {
  prepared.set(keyOf(options), model);
}

/**
 * Takes the model provided for these options, if any; it is handed out once.
 * @example takePreparedSite(options) // the model, then undefined on the next call
 */
export function takePreparedSite(options: BuildOptions): SiteModel | undefined {
  const key = keyOf(options);
  const model = prepared.get(key);
  prepared.delete(key);
  return model;
}
