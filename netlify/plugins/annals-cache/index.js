// Keeps what Annals can reuse from one Netlify build to the next: .annals-cache (the resized pictures and the
// record of the pages written) and the last published site, whose unchanged pages the next build copies instead of
// rendering them. Without it every deploy resizes every picture again. Annals checks everything it reuses (pictures
// by their content hash, pages by model, layout and file content), so a stale or partial cache only costs time.
const PATHS = ['.annals-cache', 'output'];

module.exports = {
  async onPreBuild({ utils }) {
    await utils.cache.restore(PATHS);
  },

  // After the build command succeeded: a failed build leaves the last good cache in place.
  async onPostBuild({ utils }) {
    await utils.cache.save(PATHS);
  },
};
