import { FileText, Briefcase, FolderPlus, Info } from "lucide-react";
import { useState } from "react";
import { FileUpload } from "./FileUpload";
export function InputPanel({
              支持 <b className="text-slate-700">GLM-4-Flash</b> 智谱大模型
