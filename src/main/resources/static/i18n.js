// The page's own words in both languages; everything else comes from the API in the chosen language.
window.GBA_I18N = {
  zh: {
    skip: "跳到正文", title: "大湾区国际科创中心政策顾问",
    subtitle: "输入一地的事实，得到可解释、可追溯到论文章节的排序建议",
    language: "语言", profile: "选择地方", paste: "粘贴或上传画像（JSON）", evaluate: "评估", upload: "上传文件",
    overview: "概况", elements: "创新生态四要素", strengths: "优势（模式证据分）", constraintsAxis: "约束（严重度）",
    constraints: "诊断出的约束", none: "无", models: "实践模式排序", recommendations: "对策建议排序",
    because: "理由", rule: "规则", points: "分", facts: "所用事实", sections: "论文章节", cases: "论文案例",
    score: "得分", rank: "名次", fit: "匹配度", priority: "优先级", actions: "具体行动",
    whatif: "假设分析", whatifHelp: "拖动滑块、勾选开关，建议即时变化；变化之处会高亮。",
    unknown: "未知", reset: "恢复原值", liftConstraint: "消除此约束", removeAsset: "去掉此载体",
    assets: "载体", indicators: "指标", declared: "申报的约束",
    entered: "新进入", left: "已移出", rose: "上升", fell: "下降", rescored: "分值变化",
    changes: "相对基准的变化", noChanges: "与基准相同",
    sweep: "单指标扫描", sweepRun: "扫描", tipping: "临界点", sweepHelp: "在取值范围内逐点评估，标出模式或建议发生转折的位置。",
    gaps: "数据缺口", gapsHelp: "下列指标缺失；若已知并取如下值，建议会改变（已重新评估确认）。",
    counterfactuals: "反事实：最小的单一改变", cfEnter: "可进入前列", cfUnnecessary: "可不再需要", predicted: "预计名次",
    embed: "嵌入其他网站", embedHelp: "复制以下代码即可在门户网站中显示该地的建议：",
    print: "打印 / 导出 PDF", provenance: "规则版本", evaluated: "评估时间", error: "出错了",
    fitNames: {STRONG: "强", MODERATE: "中", WEAK: "弱", NONE: "无"}, priorityNames: {HIGH: "高", MEDIUM: "中", LOW: "低"}
  },
  en: {
    skip: "Skip to content", title: "GBA innovation-centre policy advisor",
    subtitle: "Facts about a place in; ranked advice out, each line traced to its rules and the paper's sections",
    language: "Language", profile: "Choose a place", paste: "Paste or upload a profile (JSON)", evaluate: "Evaluate", upload: "Upload a file",
    overview: "Overview", elements: "The four ecosystem elements", strengths: "Strengths (model evidence points)", constraintsAxis: "Constraints (severity)",
    constraints: "Diagnosed constraints", none: "None", models: "Practice models, ranked", recommendations: "Recommendations, ranked",
    because: "Because", rule: "Rule", points: "points", facts: "Facts used", sections: "Paper sections", cases: "Cases in the paper",
    score: "Score", rank: "Rank", fit: "Fit", priority: "Priority", actions: "Actions",
    whatif: "What if", whatifHelp: "Move a slider or flip a toggle and the advice changes at once; what moved is highlighted.",
    unknown: "unknown", reset: "Reset", liftConstraint: "lift this constraint", removeAsset: "remove this asset",
    assets: "Assets", indicators: "Indicators", declared: "Declared constraints",
    entered: "entered", left: "left", rose: "rose", fell: "fell", rescored: "rescored",
    changes: "Changes from the base", noChanges: "Same as the base",
    sweep: "Sweep one indicator", sweepRun: "Sweep", tipping: "Tipping points", sweepHelp: "Evaluates every point of a range and marks where a model or recommendation turns.",
    gaps: "Data gaps", gapsHelp: "These indicators are missing; known at the value shown, the advice would change (confirmed by re-evaluation).",
    counterfactuals: "Counterfactuals: the smallest single change", cfEnter: "would enter the top places", cfUnnecessary: "would no longer be needed", predicted: "predicted rank",
    embed: "Embed in another site", embedHelp: "Copy this snippet to show this place's advice on a portal:",
    print: "Print / save as PDF", provenance: "Rules version", evaluated: "Evaluated at", error: "Something went wrong",
    fitNames: {STRONG: "strong", MODERATE: "moderate", WEAK: "weak", NONE: "none"}, priorityNames: {HIGH: "high", MEDIUM: "medium", LOW: "low"}
  }
};
