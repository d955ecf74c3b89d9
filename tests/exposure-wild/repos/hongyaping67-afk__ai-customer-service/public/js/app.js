    <div class="stat-card"><div class="stat-value">GLM-4-Flash</div><div class="stat-label">当前模型</div></div>
