/**
 * Before every browser test file: the widget's time limits for things that may never answer
 * (loading a part, opening the draft store) are raised far above what any machine needs. The
 * defaults (5 s for drafts) suit a council's page, but a test machine running several browsers
 * at once can be slower than that and would wrongly see "drafts unavailable". Tests of the time
 * limits themselves set short ones with `setTimeLimits`, which puts these back after them.
 */
import { setTimeLimits } from '../packages/widget/src/controllers/time-limits.js';

setTimeLimits({ load: 120_000, drafts: 120_000 });
