 *   npm.cmd run bili:import -- scripts/data/courses.example.csv
 *   npm.cmd run bili:import -- path/to/list.csv --dry-run
 *   npm.cmd run bili:import -- path/to/list.csv --skip-summary
 *   GLM_SUMMARY_API_KEY=...         （除非 --skip-summary）
import { resolve } from 'node:path';
import { loadEnvFile } from './loadEnv.mjs';
import { extractBvid, fetchVideoBundle, sleep } from './lib/bilibiliClient.mjs';
import { loadCourseList } from './lib/parseCourseList.mjs';
import { summarizeCourse } from './lib/summarizeCourse.mjs';
import { createAdminClient, ensureTopic, upsertCourse } from './lib/supabaseAdmin.mjs';
  console.log(`\n[import] ▶ ${bvid} → course_id=${item.courseId} topic=${item.topicId}`);
    `[import] meta ok ·「${bundle.title.slice(0, 40)}」· P${bundle.chapters.length} · 评${bundle.replyCount}`
    console.log('[import] summarizing…');
        `[import] summary ok · score=${summary.sourceScore} · samples=${JSON.stringify(summary.sampleSizes)}`
      // 评论区 412 / GLM 风控时仍入库元数据，避免整门课丢失
      console.warn(`[import] summary skipped · ${err?.message || err}`);
    console.log('[import] skip summary');
    console.log('[import] dry-run · 不写库', {
  console.log(`[import] ✓ wrote courses.id=${row.id}`);
    console.error('[import] 列表为空或缺少 bvid/topic_id');
      console.error(`[import] ✗ ${item.bvid || item.courseId}:`, err.message || err);
    const delayMs = Number(process.env.IMPORT_DELAY_MS) || 800;
  console.log(`\n[import] done · success=${ok} fail=${fail}`);
  console.error('[import] FATAL', err);
