// The web editor's glue, written by Annals into /admin/annals-cms.js after Decap's script. It gives the preview pane
// the site's stylesheet and the shapes of the site's pages, and checks before saving what Decap's form cannot express:
// a field required only with another one (an image needs its description). Its settings are data attributes of its
// script tag, because the admin page allows no inline script.
(() => {
  "use strict";
  const CMS = window.CMS;
  const h = window.h;
  const createClass = window.createClass;
  const script = document.currentScript;
  if (!CMS || !script) {
    return;
  }

  const stylesheet = script.dataset.previewCss;
  if (stylesheet) {
    CMS.registerPreviewStyle(stylesheet);
  }

  // {"posts": {"image_alt": {"with": "image", "message": "..."}}}
  const requiredWith = JSON.parse(script.dataset.requiredWith || "{}");
  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const rules = requiredWith[entry.get("collection")] || {};
      const data = entry.get("data");
      for (const [field, rule] of Object.entries(rules)) {
        const given = (name) => String(data.get(name) ?? "").trim() !== "";
        if (given(rule.with) && !given(field)) {
          throw new Error(rule.message);
        }
      }
      return undefined;
    },
  });

  const text = (entry, name) => String(entry.getIn(["data", name]) ?? "");
  const day = (value) => (value ? String(value).slice(0, 10) : "");

  const PostPreview = createClass({
    render() {
      const { entry, widgetFor, getAsset } = this.props;
      const image = text(entry, "image");
      const caption = text(entry, "image_caption");
      const credit = text(entry, "image_credit");
      const members = entry.getIn(["data", "delegation"]);
      const delegation = members && members.size ? members.toArray() : [];
      return h("main", { className: "wrap" },
        h("article", { className: "post" },
          h("header", { className: "post-header" },
            h("p", { className: "post-meta" },
              h("span", { className: "post-type" }, text(entry, "type") || "report"),
              " · ",
              h("time", null, day(text(entry, "date"))),
              text(entry, "location") ? " · " + text(entry, "location") : ""),
            h("h1", null, text(entry, "title"))),
          image ? h("figure", { className: "post-image" },
            h("img", { src: getAsset(image).toString(), alt: text(entry, "image_alt") }),
            caption || credit ? h("figcaption", null, caption, credit ? h("span", { className: "credit" }, " Photo: " + credit) : null) : null) : null,
          h("div", { className: "post-body" }, widgetFor("body")),
          delegation.length ? h("section", { className: "post-delegation" },
            h("h2", null, "Delegation"),
            h("ul", null, delegation.map((member, i) => h("li", { key: i },
              h("span", { className: "delegate-name" }, String(member.get ? member.get("name") ?? "" : member)),
              member.get && member.get("role") ? ", " + member.get("role") : "")))) : null));
    },
  });

  const EventPreview = createClass({
    render() {
      const { entry, widgetFor } = this.props;
      const start = day(text(entry, "start"));
      const end = day(text(entry, "end"));
      return h("main", { className: "wrap" },
        h("article", { className: "event" },
          h("h1", null, text(entry, "name")),
          h("p", { className: "post-meta" },
            end && end !== start ? start + " – " + end : start,
            text(entry, "location") ? " · " + text(entry, "location") : "",
            text(entry, "organizer") ? " · " + text(entry, "organizer") : ""),
          text(entry, "theme") ? h("p", null, text(entry, "theme")) : null,
          h("div", { className: "post-body" }, widgetFor("body"))));
    },
  });

  CMS.registerPreviewTemplate("posts", PostPreview);
  CMS.registerPreviewTemplate("events", EventPreview);
})();
