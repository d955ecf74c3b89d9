import { callZhipuAPI, callZhipuAPIStream, chunkAndSummarize } from "@/lib/zhipu";
export async function POST(request) {
      const response = await callZhipuAPIStream("glm-5.1", [{ role: "user", content: prompt }], {
    const result = await callZhipuAPI("glm-5.1", [{ role: "user", content: prompt }], {
