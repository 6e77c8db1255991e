/* pending.c - weak defaults for stages still being integrated (removed once all land). */
#include "../internal.h"
#include "../attrib/attrib.h"
#include "../claims/claims.h"
#include "../crosscheck/crosscheck.h"
#include "../embeds/embeds.h"
#include "../entities/entities.h"
#include "../html/html.h"
#include "../segment/segment.h"
#include <string.h>
#define W __attribute__((weak))
W cite_status citep_entities_init(struct citep_entity_rx **o, cite_error *e) { (void)e; *o = NULL; return CITE_OK; }
W void citep_entities_free(struct citep_entity_rx *r) { (void)r; }
W cite_status citep_entities_extract(cite_doc *d, const struct citep_entity_rx *r, unsigned f) { (void)d; (void)r; (void)f; return CITE_OK; }
W cite_status citep_html_extract(cite_doc *d, cite_error *e) { (void)e; d->text = d->utf8; citep_text_init(&d->utf8); return CITE_OK; }
W cite_status citep_paras_build(cite_doc *d) { (void)d; return CITE_OK; }
W cite_status citep_embeds_text(cite_doc *d) { (void)d; return CITE_OK; }
W void citep_embeds_assign_entities(cite_doc *d) { for (size_t i = 0; i < d->entities.n; i++) d->entities.v[i].embed = -1; }
W cite_status citep_outlets_new(struct citep_outlets **o) { *o = NULL; return CITE_OK; }
W void citep_outlets_free(struct citep_outlets *o) { (void)o; }
W cite_status citep_attributions(cite_doc *d, const struct citep_outlets *o) { (void)d; (void)o; return CITE_OK; }
W cite_status citep_gazetteer_new(struct citep_gazetteer **o) { *o = NULL; return CITE_OK; }
W void citep_gazetteer_free(struct citep_gazetteer *g) { (void)g; }
W cite_status citep_claims(cite_doc *d, const struct citep_gazetteer *g) { (void)d; (void)g; return CITE_OK; }
W cite_status citep_crosscheck(cite_doc *d) { (void)d; return CITE_OK; }
