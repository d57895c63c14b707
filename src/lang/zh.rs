//! Chinese. The script has no letter case and no spaces: each Han character
//! is its own word for diffing (see [`super::is_han`]), and detection goes
//! by the share of Han characters, so the stop words here are not
//! consulted. "大会" is listed with both the full-width and the ASCII comma,
//! as texts write either. Sub-paragraphs are lettered in Latin. The HTML page prints its own words ([`LABELS`]).

use super::en;
use super::rules::{
    CoverWords, HistoryLabels, Labels, LanguageRules, Ordinals, SectionLabels, SubstanceLabels,
    LATIN,
};

/// The Chinese row of [`super::LANGUAGES`].
pub const RULES: LanguageRules = LanguageRules {
    code: "zh",
    stopwords: &["的", "和", "在", "与", "及", "为", "对"],
    openers: &["大会，", "大会,", "安全理事会，"],
    preamble_words: &[
        "重申",
        "回顾",
        "确认",
        "注意到",
        "认识到",
        "强调",
        "欢迎",
        "意识到",
        "深为关切",
        "关切",
        "铭记",
        "考虑到",
        "深信",
        "申明",
        "表示",
        // "鉴于…" ("Whereas…"), the preamble of a declaration.
        "鉴于",
    ],
    preamble_adverbs: &[],
    preamble_endings: &[],
    preamble_not: &[],
    meeting_phrases: &["次全体会议"],
    adoption_phrases: &["大会通过的决议", "大会通过的决定", "大会决议", "大会决定"],
    draft_markers: &["决议草案", "决定草案"],
    annex_words: &["附件"],
    sub_letters: LATIN,
    elisions: &[],
    number_words: &[],
    single_letter_words: &[],
    ordinals: Ordinals {
        words: &[],
        stems: &[],
        endings: &[],
        parts: &[],
        // "第七十九届会议", "第79届".
        counter: Some(('第', "〇零一二三四五六七八九十百千两0123456789")),
    },
    suspenders: &[],
    article_headings: &["第…条"],
    cased: false,
    right_to_left: false,
    drafting_formulas: &[
        "酌情",
        "在各自任务范围内",
        "在现有资源范围内",
        "除其他外",
        "在这方面",
        "各级",
        "会员国",
    ],
    months: MONTHS,
    reuse_labels: &en::REUSE_LABELS,
    reuse_min_words: 16,
    labels: &LABELS,
    cover: CoverWords {
        organs: &[
            "联合国",
            "大会",
            "安全理事会",
            "经济及社会理事会",
            "人权理事会",
        ],
        distribution: &["Distr."],
        distribution_levels: &[],
        original: &["原文：", "原文:"],
        language_names: &["Chinese", "中文"],
        sessions: &["届会议", "委员会"],
        agenda: &["议程项目", "临时议程", "初步清单"],
        year_words: &[],
        open_words: &["的", "和", "与", "及", "对", "在", "关于"],
        list_joiners: &["和"],
        joined_names: &[
            "安提瓜和巴布达",
            "波斯尼亚和黑塞哥维那",
            "圣文森特和格林纳丁斯",
            "圣基茨和尼维斯",
            "圣多美和普林西比",
            "特立尼达和多巴哥",
            // "Republic", in many names.
            "共和国",
        ],
    },
};

/// The words of the page's cover and footnote sections in this language.
pub const SECTION_LABELS: SectionLabels = SectionLabels {
    cover_heading: "封面",
    cover_fields: ["文号", "日期", "届会和委员会", "议程项目", "标题", "提案国"],
    sponsors: ["新增", "退出"],
    cited_in: "引用于",
    document: "文本",
};

/// The words the HTML page prints for a document in this language.
pub const LABELS: Labels = Labels {
    sections: SECTION_LABELS,
    substance: &SUBSTANCE_LABELS,
    history: &HISTORY_LABELS,
    redline: "文本对照",
    old: "原文本",
    new: "新文本",
    columns: ["文号", "标题", "日期", "文件"],
    legend: [
        "删除的文字",
        "（划线删除）",
        "新增的文字",
        "（粗体，加下划线）",
        "段落编号依照新文本；“原为”给出原编号",
    ],
    hidden: ["删除：", "新增："],
    summary: ["摘要", "段落", "重新编号"],
    words_line: ["新增字词：", "；删除字词：", "；脚注：", "。"],
    changed_paragraphs: "修改的段落",
    statuses: ["修改", "移动", "拆分", "合并", "新增", "删除", "未改动"],
    old_marker: "（原）",
    was: "原为",
    notes: [
        "未改动，重新编号",
        "移自",
        "拆分自",
        "合并自",
        "未改动，重新分段自",
    ],
    moves: ["（原位置）", "移至"],
    footnotes: ["脚注", "修改的脚注"],
};

/// What the page calls routine and substantive changes in this language.
pub const SUBSTANCE_LABELS: SubstanceLabels = SubstanceLabels {
    kinds: ["实质性", "例行"],
    shifts: ["加强", "减弱"],
    reasons: [
        "届会序号",
        "年份",
        "日期",
        "文件编号",
        "顺序副词",
        "大小写",
        "交叉引用重新编号",
        "措辞",
        "届会变动",
        "年份变动",
        "日期变动",
        "交叉引用变动",
        "语气强度",
        "插入",
        "删除",
        "移动",
        "结构调整",
    ],
};

/// The words of the history page in this language.
pub const HISTORY_LABELS: HistoryLabels = HistoryLabels {
    title: "历史",
    heading: ["共 ", " 个版本的历史"],
    grid: "各版本中的段落",
    chain: [
        "个段落谱系",
        "从未改动",
        "改动",
        "插入",
        "删除",
        "插入后又删除",
        "字词",
        "插入",
        "删除",
    ],
};

/// The months, January first (shared with the routine-change rules).
pub(super) const MONTHS: [&str; 12] = [
    "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
];
