import { getLanguageName } from "../common/languages.js";
import { translateText } from "../services/translator.js";
export class SelectionTranslator {
      this.translationIcon.className = "glm-translator-icon";
        case "glm":
          result = await this.translateWithGLM(text);
    let container = document.getElementById("glm-translation-result");
      container.id = "glm-translation-result";
      animation: glm-fade-in 0.2s ease-out;
      <div class="glm-translation-content">
        <div class="glm-translation-header">
          <span class="glm-translation-title">翻译中...</span>
        <div class="glm-translation-body">
          <div class="glm-translation-original"><strong>原文:</strong> ${escapeHtml(originalText)}</div>
          <div class="glm-translation-dividing"></div>
          <div class="glm-translation-columns">
            <div class="glm-translation-column">
              <div class="glm-translation-column-title">原文 (Original)</div>
              <div class="glm-translation-column-content glm-translation-original-text">${escapeHtml(originalText)}</div>
            <div class="glm-translation-column">
              <div class="glm-translation-column-title">译文 (Translation)</div>
              <div class="glm-translation-column-content glm-translation-loading">
                  <div class="glm-loading-spinner"></div>
    if (!document.getElementById('glm-loading-styles')) {
      style.id = 'glm-loading-styles';
        .glm-loading-spinner {
          animation: glm-spin 1s linear infinite;
        @keyframes glm-spin {
    let container = document.getElementById("glm-translation-result");
      container.id = "glm-translation-result";
      <div class="glm-translation-content">
        <div class="glm-translation-header">
          <span class="glm-translation-title">翻译结果</span>
          <div class="glm-translation-close">×</div>
        <div class="glm-translation-body">
          ${originalText !== truncatedOriginal ? `<div class="glm-translation-original"><strong>原文:</strong> ${escapeHtml(truncatedOriginal)}</div>` : ''}
          <div class="glm-translation-columns">
            <div class="glm-translation-column">
              <div class="glm-translation-column-title">原文 (Original)</div>
              <div class="glm-translation-column-content glm-translation-original-text">${escapeHtml(truncatedOriginal)}</div>
            <div class="glm-translation-column">
              <div class="glm-translation-column-title">译文 (Translation)</div>
              <div class="glm-translation-column-content glm-translation-result-text">${escapeHtml(truncatedTranslated)}</div>
        <div class="glm-translation-footer">
          <span class="glm-translation-lang">${escapeHtml(this.getCurrentLanguageInfo())}</span>
      animation: glm-fade-in 0.2s ease-out;
    if (!document.getElementById('glm-translation-styles')) {
      style.id = 'glm-translation-styles';
        @keyframes glm-fade-in {
    const closeBtn = container.querySelector(".glm-translation-close");
  async translateWithGLM(text) {
          model: this.config.providerConfig.model || "glm-4",
      console.error("GLM翻译失败:", error);
      throw new Error("GLM翻译服务出错");
