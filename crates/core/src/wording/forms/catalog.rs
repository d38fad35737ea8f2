//! Every form the record prints through (FORMS.md), once: its key, the section of FORMS.md, its
//! name on the 本机关 screen, its slots, the slots a template must keep, where it is printed and
//! its variants, the default first (today's output). Adding a variant is one row here.

/// A listed variant of a form.
#[derive(Clone, Copy, Debug)]
pub struct Variant {
    /// Its key in FORMS.md and in the house style.
    pub key: &'static str,
    /// Its template.
    pub template: &'static str,
    /// A published (or placeholder) example from FORMS.md.
    pub example: &'static str,
    /// What the learner looks for in a published text, where the template alone does not tell
    /// the variant apart (a grouping, a joiner, a numeral): a template of its own, whose slots
    /// are matched by the same rules; empty: the template itself; [`NOT_LEARNED`]: never
    /// proposed; ending in [`AT_END`]: looked for in the text's last line only.
    pub learn: &'static str,
}

/// The learning pattern of a variant the learner never proposes: one FORMS.md says to offer and
/// never to suggest (§1 `session_as_sitting`), or a default no published text tells apart.
pub const NOT_LEARNED: &str = "{不识别}";

/// The end of a learning pattern looked for only in the text's last line, where that line is
/// one sentence of its own: a sentence a body prints as the last line of its report (FORMS.md
/// §5 `last_line`).
pub const AT_END: &str = "{文末}";

impl Variant {
    /// The pattern the learner recognises the variant by: [`Variant::learn`] or the template;
    /// empty for a variant never learned.
    pub fn learn_pattern(&self) -> &'static str {
        if self.learn == NOT_LEARNED {
            ""
        } else if self.learn.is_empty() {
            self.template
        } else {
            self.learn
        }
    }
}

/// A form: one kind of formula sentence or phrase.
#[derive(Clone, Copy, Debug)]
pub struct FormSpec {
    /// Its key in FORMS.md and in the house style.
    pub key: &'static str,
    /// The section of FORMS.md that describes it.
    pub section: u32,
    /// Its name on the 本机关 screen.
    pub label: &'static str,
    /// Where it is printed, as the screen says it.
    pub printed_in: &'static str,
    /// The slots a template of this form may use.
    pub slots: &'static [&'static str],
    /// The slots a template must keep (the name, the post…).
    pub required: &'static [&'static str],
    /// The listed variants, the default first.
    pub variants: &'static [Variant],
    /// The words around the form in a published sentence (before, after), which the learner
    /// looks for with it: a clause such as 「{名单}为{职务}」 is recognised after 「任命」.
    pub context: (&'static str, &'static str),
}

impl FormSpec {
    /// The default variant (today's output).
    pub fn default_variant(&self) -> &'static Variant {
        &self.variants[0]
    }

    /// The variant with `key`.
    pub fn variant(&self, key: &str) -> Option<&'static Variant> {
        self.variants.iter().find(|v| v.key == key)
    }
}

/// The form with `key`.
pub fn form(key: &str) -> Option<&'static FormSpec> {
    FORMS.iter().find(|f| f.key == key)
}

const fn v(key: &'static str, template: &'static str, example: &'static str) -> Variant {
    Variant {
        key,
        template,
        example,
        learn: "",
    }
}

/// A variant the learner recognises by a pattern of its own (see [`Variant::learn`]).
const fn vl(
    key: &'static str,
    template: &'static str,
    example: &'static str,
    learn: &'static str,
) -> Variant {
    Variant {
        key,
        template,
        example,
        learn,
    }
}

/// Every form, in the order of FORMS.md.
pub static FORMS: &[FormSpec] = &[
    FormSpec {
        key: "session_name",
        section: 1,
        label: "会议名称（新闻导语）",
        printed_in: "新闻通稿首句",
        slots: &["地名", "级", "届", "次", "次数"],
        required: &[],
        variants: &[
            v(
                "short",
                "{级}{届}届人大常委会第{次}次会议",
                "市十二届人大常委会第九次会议",
            ),
            v(
                "full",
                "{地名}第{届}届人民代表大会常务委员会第{次}次会议",
                "肃宁县第十八届人民代表大会常务委员会第二十五次会议",
            ),
            v(
                "short_di",
                "{级}第{届}届人大常委会第{次}次会议",
                "区第十六届人大常委会第二十二次会议",
            ),
            v(
                "place_short",
                "{地名}{届}届人大常委会第{次}次会议",
                "杭州市十一届人大常委会第二十四次会议",
            ),
            v(
                "place_short_di",
                "{地名}第{届}届人大常委会第{次}次会议",
                "昆都仑区第十七届人大常委会第十一次会议",
            ),
            v(
                "arabic_ci",
                "{级}{届}届人大常委会第{次数}次会议",
                "县十五届人大常委会第36次会议",
            ),
            v(
                "full_arabic_ci",
                "{地名}第{届}届人民代表大会常务委员会第{次数}次会议",
                "肃宁县第十八届人民代表大会常务委员会第25次会议",
            ),
            v(
                "short_di_arabic_ci",
                "{级}第{届}届人大常委会第{次数}次会议",
                "区第十六届人大常委会第22次会议",
            ),
            v(
                "place_short_arabic_ci",
                "{地名}{届}届人大常委会第{次数}次会议",
                "杭州市十一届人大常委会第24次会议",
            ),
            v(
                "place_short_di_arabic_ci",
                "{地名}第{届}届人大常委会第{次数}次会议",
                "昆都仑区第十七届人大常委会第11次会议",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "lead",
        section: 2,
        label: "导语及其动词",
        printed_in: "新闻通稿首句",
        slots: &[
            "日期",
            "会议",
            "地名",
            "级",
            "届",
            "次",
            "次数",
            "地点",
            "头衔",
            "姓名",
            "时段",
            "主要决定",
            "事项列",
            "首项议题",
        ],
        required: &["日期"],
        variants: &[
            v(
                "zhaokai_after",
                "{日期}，{会议}召开。",
                "12月21日，市十二届人大常委会第九次会议召开。",
            ),
            v(
                "zhaokai_before",
                "{日期}，{级}{届}届人大常委会召开第{次}次会议。",
                "3月25日，县十五届人大常委会召开第三十六次会议。",
            ),
            v(
                "juxing",
                "{日期}，{级}{届}届人大常委会举行第{次}次会议。",
                "4月26日，市十六届人大常委会举行第十次会议。",
            ),
            v(
                "zhaokai_after_shiduan",
                "{日期}{时段}，{会议}召开。",
                "12月21日上午，市十二届人大常委会第九次会议召开。",
            ),
            v(
                "juxing_shiduan",
                "{日期}{时段}，{级}{届}届人大常委会举行第{次}次会议。",
                "4月26日上午，市十六届人大常委会举行第十次会议。",
            ),
            v(
                "with_place",
                "{日期}，{会议}在{地点}举行。",
                "9月26日，市六届人大常委会第三十三次会议在湖举行。",
            ),
            v(
                "with_place_zhaokai",
                "{日期}，{会议}在{地点}召开。",
                "9月26日，县十六届人大常委会第二十五次会议在县人大机关五楼会议室召开。",
            ),
            v(
                "presider_subject",
                "{日期}，{头衔}{姓名}主持召开{会议}。",
                "12月21日，区人大常委会主任赵立民主持召开区七届人大常委会第四十一次会议。",
            ),
            v(
                "zhaokai_before_arabic_ci",
                "{日期}，{级}{届}届人大常委会召开第{次数}次会议。",
                "3月25日，县十五届人大常委会召开第36次会议。",
            ),
            v(
                "place_lead",
                "{日期}，{地名}召开第{届}届人大常委会第{次}次会议。",
                "12月25日、26日，祁阳县召开第十七届人大常委会第八次会议。",
            ),
            vl(
                "session_as_sitting",
                "{日期}，{级}{届}届人大常委会举行第{次}次全体会议。",
                "9月26日，区二届人大常委会举行第八次全体会议。",
                NOT_LEARNED,
            ),
            vl(
                "decision_lead",
                "{会议}{日期}{主要决定}。",
                "杭州市十一届人大常委会第二十四次会议昨天接受蔡奇辞去杭州市市长职务，决定任命邵占维为杭州市副市长，代理杭州市市长职务。",
                "次会议{导语日期}{任免动词}",
            ),
            vl(
                "summary_lead",
                "{日期}，{级}{届}届人大常委会召开第{次}次会议，{事项列}。",
                "日前，区七届人大常委会召开第三次会议，进行了人事任免，审议表决了市人大代表辞职事项，……",
                "{导语日期}，{级}{届}届人大常委会召开第{次}次会议，",
            ),
            vl(
                "no_verb",
                "{日期}{时段}，{会议}，{首项议题}。",
                "9月27日下午，县十六届人大常委会第二十五次会议，专题听取县人民政府关于……的报告，开展“面对面”询问活动并进行满意度测评。",
                "{导语日期}，{级}{届}届人大常委会第{次}次会议，",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "presiding",
        section: 3,
        label: "主持",
        printed_in: "新闻通稿",
        slots: &["头衔", "姓名", "并讲话"],
        required: &[],
        variants: &[
            v(
                "title_presides",
                "{头衔}{姓名}主持会议{并讲话}。",
                "市人大常委会主任史全新主持会议并讲话。",
            ),
            v(
                "you_presides",
                "会议由{头衔}{姓名}主持。",
                "会议由某市人大常委会主任张三主持。",
            ),
            v(
                "presides_bare",
                "{头衔}{姓名}主持。",
                "某市人大常委会主任张三主持。",
            ),
            v("name_only", "{姓名}主持会议。", "郭建清主持会议。"),
            vl(
                "vice_presides",
                "，{姓名}主持会议。",
                "区人大常委会主任李俊，副主任胡霞、王巍及委员共23人参加会议，胡霞主持会议。",
                "会议，{姓名}主持会议。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "presiding_position",
        section: 3,
        label: "主持句的位置",
        printed_in: "新闻通稿",
        slots: &["出席句", "主持句"],
        required: &["主持句"],
        variants: &[
            v("after_lead", "", ""),
            vl(
                "after_attendance",
                "{出席句}{主持句}",
                "郭建清主持会议。",
                NOT_LEARNED,
            ),
            vl(
                "last_line",
                "{主持句}",
                "郭建清主持会议。",
                "{主持人}主持{文末}",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "presiding_entrusted",
        section: 3,
        label: "受委托主持",
        printed_in: "新闻通稿、会议纪要",
        slots: &["委托人"],
        required: &[],
        variants: &[
            vl(
                "entrusted",
                "受{委托人}委托，",
                "受主任张三委托，会议由副主任李四主持。",
                "受{委托人}委托，{主持}主持",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "presiding_sittings",
        section: 3,
        label: "各次全体会议的主持",
        printed_in: "新闻通稿",
        slots: &[
            "常委会",
            "名单",
            "头衔名单",
            "时段列",
            "日期",
            "时段",
            "序",
            "主持",
            "会议",
        ],
        required: &[],
        variants: &[
            v("session", "", ""),
            v(
                "split_by_half_day",
                "{名单}分别主持了{时段列}的会议。",
                "张三、李四分别主持了上午和下午的会议。",
            ),
            v(
                "split_by_item",
                "{常委会}{头衔名单}主持会议相关议程。",
                "县人大常委会副主任陈先礼、黄威虎、易成利、廖瑞荣主持会议相关议程。",
            ),
            vl(
                "per_sitting",
                "{日期}{时段}，会议举行第{序}次全体会议，{主持}。",
                "12月20日上午，会议举行第一次全体会议，会议由主任张三主持。",
                "，会议举行第{序}次全体会议，{主持}主持。",
            ),
            vl(
                "sitting",
                "{日期}{时段}，{会议}举行第{序}次全体会议，{主持}。",
                "12月20日上午，某市十五届人大常委会第十二次会议举行第一次全体会议，会议由主任张三主持。",
                "次会议举行第{序}次全体会议，{主持}主持。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "report_entrusted",
        section: 3,
        label: "报告的委托句",
        printed_in: "会议纪要、新闻通稿（报告填有委托人时）",
        slots: &["委托人", "头衔", "姓名", "议题"],
        required: &["委托人", "姓名"],
        variants: &[
            v("none", "", ""),
            v(
                "report_entrusted",
                "受{委托人}委托，{头衔}{姓名}作{议题}。",
                "受主任会议委托，秘书长俞宝祥作关于本次会议议程草案的说明。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "attendance_leaders",
        section: 4,
        label: "出席",
        printed_in: "新闻通稿",
        slots: &["常委会", "出席", "人数", "委员人数", "名单", "姓名"],
        required: &["出席"],
        variants: &[
            v(
                "chuxi_huiyi",
                "{常委会}{出席}出席会议。",
                "市人大常委会副主任尚欣、郑辉、蔺其军、郑志学，秘书长方在敏出席会议。",
            ),
            v(
                "chuxi_bare",
                "{常委会}{出席}出席。",
                "县人大常委会主任张晋涛，副主任梁宝贵、李树明、李年贵、武威飚出席。",
            ),
            v(
                "chuxi_le",
                "{常委会}{出席}出席了会议。",
                "县人大常委会副主任张三，秘书长柴根初出席了会议。",
            ),
            v(
                "canjia",
                "{常委会}{出席}参加会议。",
                "区人大常委会主任李俊，副主任胡霞、王巍参加会议。",
            ),
            v(
                "count",
                "{常委会}{出席}及委员共{人数}人出席了会议。",
                "县人大常委会副主任张三，秘书长柴根初及委员共29人出席了会议。",
            ),
            v(
                "count_yiji",
                "{常委会}{出席}以及委员共{人数}人出席了会议。",
                "区人大常委会副主任张三，党组成员吴建国以及委员共28人出席了会议。",
            ),
            v(
                "count_canjia",
                "{常委会}{出席}及委员共{人数}人参加会议。",
                "区人大常委会主任李俊，副主任胡霞、王巍及委员共23人参加会议。",
            ),
            v(
                "count_members",
                "{常委会}{出席}和{委员人数}名委员出席会议。",
                "市人大常委会副主任李四，秘书长张三和22名委员出席会议。",
            ),
            v(
                "summed",
                "{常委会}{出席}及委员出席会议。",
                "县人大常委会副主任张三，秘书长沈茂欣及委员出席会议。",
            ),
            v(
                "summed_members",
                "{常委会}{出席}及常委会组成人员出席会议。",
                "县人大常委会副主任张三，秘书长李四及常委会组成人员出席会议。",
            ),
            v(
                "summed_others",
                "{常委会}{出席}及{常委会}其他组成人员出席会议。",
                "县人大常委会副主任吴朝良及县人大常委会其他组成人员出席会议。",
            ),
            v(
                "names_only",
                "{名单}及{姓名}出席。",
                "张三、李四、王五及赵六出席。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "attendance_joined",
        section: 4,
        label: "出席与列席的连接",
        printed_in: "新闻通稿",
        slots: &["出席句", "列席句"],
        required: &["出席句", "列席句"],
        variants: &[
            vl(
                "apart",
                "{出席句}。{列席句}。",
                "市人大常委会副主任尚欣出席会议。部分人大代表列席会议。",
                "出席会议。",
            ),
            vl(
                "with_liexi",
                "{出席句}；{列席句}。",
                "……以及委员共28人出席了会议；区监委、法院、检察院负责同志列席了会议。",
                "会议；{列席}列席",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "attendance_guest",
        section: 4,
        label: "应邀参加会议的来宾",
        printed_in: "新闻通稿",
        slots: &["头衔", "姓名"],
        required: &["姓名"],
        variants: &[
            v(
                "guest",
                "{头衔}{姓名}应邀参加会议。",
                "市政协副主席张鸿建应邀参加会议。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "attendance_nonvoting",
        section: 5,
        label: "列席（结语）",
        printed_in: "新闻通稿",
        slots: &["列席"],
        required: &["列席"],
        variants: &[
            v(
                "closing",
                "{列席}列席会议。",
                "副区长张婕，区法院院长祖鹏，部分区人大代表列席会议。",
            ),
            v(
                "closing_le",
                "{列席}列席了会议。",
                "区监委、法院、检察院负责同志列席了会议。",
            ),
            v(
                "closing_cishi",
                "{列席}列席了此次会议。",
                "县人民政府有关部门负责同志列席了此次会议。",
            ),
            v(
                "closing_deng",
                "{列席}等列席会议。",
                "市政府副市长兰万安、市人民检察院检察长黄秀强等列席会议。",
            ),
            v(
                "closing_deng_bare",
                "{列席}等列席。",
                "新区管委会有关部门负责人、部分人大代表等列席。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_named",
        section: 5,
        label: "列席人员的称法",
        printed_in: "新闻通稿",
        slots: &["单位列"],
        required: &["单位列"],
        variants: &[
            v(
                "leaders",
                "",
                "市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会等有关单位相关负责同志列席会议。",
            ),
            vl(
                "units_only",
                "{单位列}负责同志",
                "区监委、法院、检察院负责同志列席了会议。",
                "{单位列}负责同志",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_titles",
        section: 5,
        label: "列席领导的头衔",
        printed_in: "新闻通稿、会议通知",
        slots: &["头衔", "姓名", "名单"],
        required: &[],
        variants: &[
            vl(
                "each",
                "{头衔}{姓名}",
                "市委常委、常务副市长李可，市人民检察院代检察长苏康健",
                NOT_LEARNED,
            ),
            vl(
                "one_title_many",
                "{头衔}{名单}",
                "县人民政府县长佘俊臣，副县长陆安亚、沈伯宏、杨洪国、顾锡芳、杨林、金陵、王辉森，县政府工作部门及相关部门主要负责同志等列席会议。",
                "{衔}{同衔名单}，{列席尾}列席",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_deputies",
        section: 5,
        label: "列席的人大代表",
        printed_in: "新闻通稿",
        slots: &["人数", "代表", "公民"],
        required: &[],
        variants: &[
            v("named", "", "……、部分人大代表列席会议。"),
            vl(
                "counted_guests",
                "本次会议还邀请了{人数}位{代表}列席。",
                "本次会议还邀请了15位市人大代表列席。",
                "会议还邀请了{人数}位{代表}列席",
            ),
            vl(
                "counted_citizens",
                "本次会议还邀请了{人数}位{代表}列席，{公民}位公民旁听。",
                "本次会议还邀请了15位市人大代表列席，4位公民旁听。",
                "会议还邀请了{人数}位{代表}列席，{公民}位公民旁听",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_joiner",
        section: 5,
        label: "列席人员之间的标点",
        printed_in: "新闻通稿",
        slots: &["甲", "乙"],
        required: &["甲", "乙"],
        variants: &[
            vl(
                "comma",
                "{甲}，{乙}",
                "副区长张婕，区法院院长祖鹏，区检察院代检察长李继征，部分区人大代表列席会议。",
                "，{列席人}及{列席其他}列席",
            ),
            vl(
                "dun",
                "{甲}、{乙}",
                "市政府副市长兰万安、市人民检察院检察长黄秀强等列席会议。",
                "、{列席人}及{列席其他}列席",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_last",
        section: 5,
        label: "列席人员与其他单位的连接",
        printed_in: "新闻通稿",
        slots: &["甲", "乙"],
        required: &["甲", "乙"],
        variants: &[
            vl(
                "ji",
                "{甲}及{乙}",
                "副县长武晓俊、县政协副主席王小鹏及法检两长列席会议。",
                "及{列席其他}列席",
            ),
            vl(
                "yiji",
                "{甲}以及{乙}",
                "县人民政府、县监察委等相关单位以及不是常委会委员的乡镇人大主席列席会议。",
                "以及{列席其他}列席",
            ),
            vl(
                "he",
                "{甲}和{乙}",
                "副县长付学亮和法检两院、政府办、人大部门负责人、各乡镇人大主席列席会议。",
                "和{列席其他}列席",
            ),
            vl(
                "comma",
                "{甲}，{乙}",
                "副区长张婕，区法院院长祖鹏，区检察院代检察长李继征，部分区人大代表列席会议。",
                "{列席人}，{列席其他}列席",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_position",
        section: 5,
        label: "列席句的位置",
        printed_in: "新闻通稿",
        slots: &["列席句"],
        required: &["列席句"],
        variants: &[
            v("after_attendance", "", ""),
            vl(
                "last_line",
                "{列席句}。",
                "某县人大常委会有关工作机构负责人列席会议。",
                "{列席}列席{文末}",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "nonvoting_by_rank",
        section: 5,
        label: "列席人员分句",
        printed_in: "新闻通稿",
        slots: &["领导", "单位", "相关单位", "代表"],
        required: &[],
        variants: &[
            v("one_sentence", "", ""),
            vl(
                "by_rank",
                "{领导}列席会议。{单位}列席会议。{相关单位}在审议相关议题时列席会议。会议还邀请{代表}列席会议。",
                "县委副书记、常务副县长张时民列席会议。县法院、县检察院主要负责同志，县政府办主任、县人大常委会办公室副主任列席会议。县政府有关部门主要负责同志和县人大常委会相关工委委员在审议相关议题时列席会议。会议还邀请部分乡镇人大主席、县人大代表列席会议。",
                "{相关单位}在审议相关议题时列席会议。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "quorum",
        section: 6,
        label: "出席人数与法定人数",
        printed_in: "会议纪要、新闻通稿",
        slots: &[
            "应到",
            "实到",
            "请假",
            "缺席",
            "级",
            "届",
            "法定人数",
            "事由",
        ],
        required: &["实到"],
        variants: &[
            v(
                "full",
                "本次会议应到常委会组成人员{应到}人，实到{实到}人，请假{请假}人，缺席{缺席}人，{法定人数}。",
                "本次会议应到常委会组成人员35人，实到31人，请假4人，缺席0人，符合法定人数。",
            ),
            v(
                "no_leave",
                "本次会议应到常委会组成人员{应到}人，实到{实到}人，{法定人数}。",
                "本次会议应到常委会组成人员32人，实到29人，符合法定人数。",
            ),
            v(
                "no_leave_huiyi",
                "会议应到常委会组成人员{应到}人，实到{实到}人，{法定人数}。",
                "会议应到常委会组成人员32人，实到29人，符合法定人数。",
            ),
            v(
                "body_subject",
                "{级}{届}届人大常委会应到组成人员{应到}人，实到{实到}人，{法定人数}。",
                "县十七届人大常委会应到组成人员25人，实到19人，符合法定人数。",
            ),
            v(
                "leave_short",
                "本次会议应到{应到}人，实到{实到}人，请假{请假}人，{法定人数}。",
                "本次会议应到30人，实到28人，请假2人，符合法定人数。",
            ),
            v(
                "leave_first",
                "本次会议应到{应到}名，请假{请假}名，实到{实到}名，{法定人数}。",
                "本次会议应到281名，请假13名，实到268名，符合法定人数。",
            ),
            v(
                "leave_reason",
                "本次会议应到{应到}人，实到{实到}人，{事由}请假{请假}人，{法定人数}。",
                "本次会议应到30人，实到28人，因病、因事请假2人，符合法定人数。",
            ),
            v(
                "leave_first_reason",
                "本次会议应到{应到}名，{事由}请假{请假}名，实到{实到}名，{法定人数}。",
                "本次会议应到281名，因病、因事请假13名，实到268名，符合法定人数。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation_quorum",
        section: 6,
        label: "测评结果的人数说明",
        printed_in: "满意度测评结果",
        slots: &["应到", "实到", "法定人数", "测评法定人数"],
        required: &[],
        variants: &[
            v(
                "counts",
                "本次测评应到常委会组成人员{应到}人，实到{实到}人，{法定人数}。",
                "本次测评应到常委会组成人员25人，实到22人，符合法定人数。",
            ),
            v(
                "evaluation_note",
                "注：本次会议实到常委会组成人员{实到}人，{测评法定人数}。",
                "注：本次会议实到常委会组成人员27人，符合测评的法定人数。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "item_verb",
        section: 7,
        label: "议题动词（听取、审议并表决通过）",
        printed_in: "新闻通稿",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            v(
                "seed",
                "听取审议并表决通过了{议题}",
                "会议听取审议并表决通过了市政府关于2023年重点民生实事办理情况等报告",
            ),
            v(
                "dun",
                "听取、审议并表决通过了{议题}",
                "会议听取、审议并表决通过了某市人大常委会关于……的决议",
            ),
            v(
                "bing_tongguo",
                "听取并审议通过了{议题}",
                "会议听取并审议通过了……的整改方案",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "item_verb_adopted",
        section: 7,
        label: "议题动词（审议并表决通过）",
        printed_in: "新闻通稿",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            v(
                "shenyi_biaojue",
                "审议并表决通过了{议题}",
                "会议审议并表决通过了市人大常委会关于加强检察建议工作的决议",
            ),
            v(
                "biaojue",
                "表决通过了{议题}",
                "会议表决通过了某市人大常委会关于……的决议",
            ),
            v(
                "shenyi_tongguo",
                "审议通过了{议题}",
                "会议审议通过了某市人大常委会关于……的决议",
            ),
            v(
                "shenyi_bing",
                "审议并通过了{议题}",
                "会议审议并通过了某市人大常委会关于……的决议",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "item_verb_deliberated",
        section: 7,
        label: "议题动词（听取和审议）",
        printed_in: "新闻通稿",
        slots: &["议题", "头衔", "姓名", "题目"],
        required: &["议题"],
        variants: &[
            v(
                "no_he",
                "听取审议了{议题}",
                "会议还听取审议了市政府关于2023年度法治政府建设情况等报告",
            ),
            v(
                "he_le",
                "听取和审议了{议题}",
                "会议听取和审议了县人民政府关于禁毒工作情况的报告",
            ),
            v(
                "he",
                "听取和审议{议题}",
                "听取和审议县人民政府关于禁毒工作情况的报告",
            ),
            v(
                "bing",
                "听取并审议了{议题}",
                "会议听取并审议了某市发展和改革委员会关于……的报告",
            ),
            v(
                "yifa",
                "依法听取和审议了{议题}",
                "会议依法听取和审议了县人民政府关于……的报告",
            ),
            vl(
                "reporter",
                "听取并审议了{头衔}{姓名}作的《{题目}》",
                "会议听取并审议了某市发展和改革委员会副主任张三作的《关于……的报告》",
                "审议了{提请者}作的《",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "item_verb_heard",
        section: 7,
        label: "议题动词（听取）",
        printed_in: "新闻通稿",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            v(
                "tingqu",
                "听取了{议题}",
                "听取了区人大常委会关于十二件重点建议督办情况的报告",
            ),
            v(
                "in_writing",
                "书面听取了{议题}",
                "书面听取了某县公安局关于……的报告",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "minutes_item_verb",
        section: 7,
        label: "纪要的议题动词（听取和审议）",
        printed_in: "会议纪要",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            v(
                "he_le",
                "听取和审议了{议题}",
                "会议听取和审议了县人民政府关于禁毒工作情况的报告",
            ),
            v(
                "no_he",
                "听取审议了{议题}",
                "会议听取审议了县人民政府关于禁毒工作情况的报告",
            ),
            v(
                "he",
                "听取和审议{议题}",
                "会议听取和审议县人民政府关于禁毒工作情况的报告",
            ),
            v(
                "bing",
                "听取并审议了{议题}",
                "会议听取并审议了某市发展和改革委员会副主任张三所作的关于……的报告",
            ),
            v(
                "yifa",
                "依法听取和审议了{议题}",
                "会议依法听取和审议了县人民政府关于……的报告",
            ),
        ],
        context: ("会议", ""),
    },
    FormSpec {
        key: "minutes_item_verb_heard",
        section: 7,
        label: "纪要的议题动词（听取）",
        printed_in: "会议纪要",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            v(
                "tingqu",
                "听取了{议题}",
                "会议听取了区人大常委会关于十二件重点建议督办情况的报告",
            ),
            v(
                "in_writing",
                "书面听取了{议题}",
                "会议书面听取了某县公安局关于……的报告",
            ),
        ],
        context: ("会议", ""),
    },
    FormSpec {
        key: "item_grouping",
        section: 8,
        label: "多个议题的归并",
        printed_in: "新闻通稿",
        slots: &[
            "提请人",
            "短名列",
            "全名",
            "全名列",
            "逐项全名",
            "项数",
            "合并列",
            "和附报告",
            "动词",
            "书名列",
        ],
        required: &[],
        variants: &[
            v(
                "seed",
                "{提请人}{短名列}等报告",
                "市政府关于2023年重点民生实事办理情况，关于国民经济和社会发展“十四五”规划中期评估等报告",
            ),
            vl(
                "verb_each",
                "{提请人}{全名}",
                "听取和审议了区政府关于……情况的报告；听取和审议了区政府关于……情况的报告",
                "{提请人}{全名}；{动词}{提请人}{全名二}",
            ),
            vl(
                "subject_each",
                "{逐项全名}",
                "县人民政府关于……的报告、县人民政府关于……的汇报",
                "{提请人}{全名}、{提请人}{全名二}",
            ),
            v(
                "subject_once",
                "{提请人}{全名列}",
                "区政府关于2015年承诺办理的十件民生实事落实情况的报告、关于区三届人大四次会议代表建议办理情况的报告",
            ),
            v(
                "counted",
                "{提请人}{短名列}等{项数}项报告",
                "县政府关于2015年全县国民经济与社会发展计划上半年执行情况、关于2015年全县财政预算上半年执行情况等两项报告",
            ),
            v(
                "merged",
                "{提请人}关于{合并列}的报告",
                "某县政府关于甲、乙和丙工作情况的报告",
            ),
            vl(
                "companion",
                "{提请人}{全名}{和附报告}",
                "县人民政府关于中医药发展情况的报告和调研报告",
                "{提请人}关于{题}报告和{附报告名}",
            ),
            vl(
                "separately",
                "分别{动词}{书名列}",
                "会议分别审议并通过了《……》；《……》；……",
                "分别{动词}《{书名}》；《",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "personnel_mention",
        section: 8,
        label: "人事任免事项在议题中的位置",
        printed_in: "新闻通稿",
        slots: &["议题"],
        required: &["议题"],
        variants: &[
            vl(
                "last",
                "{议题}和人事任免事项",
                "……等报告和人事任免事项",
                "报告和人事任免事项",
            ),
            vl(
                "first",
                "决定人事任免事项；{议题}",
                "会议决定人事任免事项；听取和审议了……",
                "决定人事任免事项；{动词}",
            ),
            vl(
                "also",
                "{议题}。会议还进行了人事任免",
                "……等报告。会议还进行了人事任免",
                "会议还进行了人事任免",
            ),
            vl(
                "also_adopted",
                "{议题}。会议还表决通过了有关人事任免事项",
                "……等报告。会议还表决通过了有关人事任免事项",
                "会议还表决通过了有关人事任免事项",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "personnel_verb",
        section: 9,
        label: "任免动词",
        printed_in: "新闻通稿的任免句",
        slots: &[
            "法定动词",
            "动作",
            "决定动词",
            "免除动词",
            "条款",
            "职务条款",
            "职务计数",
            "人数",
            "常委会",
            "提请人",
            "职务类",
        ],
        required: &[],
        variants: &[
            vl(
                "legal",
                "{法定动词}{条款}",
                "会议决定任命陈艺章为漳州市科技与知识产权局局长",
                "决定任命{名单}为{决定职务}",
            ),
            vl(
                "ren_for_all",
                "{动作}{条款}",
                "会议还进行了人事任免，任命蒋锐为县人民政府副县长",
                "{前字}任命{名单}为{决定职务}",
            ),
            vl(
                "jueding_for_all",
                "{决定动词}{条款}",
                "决定任命张三、李四、王五为某县监察委员会委员",
                "决定任命{名单}为{任命职务}",
            ),
            vl(
                "matters_only",
                "表决通过了有关人事任免事项",
                "会议表决通过了有关人事任免事项",
                "会议表决通过了有关人事任免事项",
            ),
            v(
                "matters_decided",
                "决定了相关人事任免",
                "会议决定了相关人事任免",
            ),
            v(
                "matters_motions",
                "表决通过了相关人事任免议案",
                "会议表决通过了相关人事任免议案",
            ),
            vl(
                "mianchu",
                "{免除动词}{条款}",
                "免除路正阳同志常务副县长一职",
                "免除{名单}{职务}一职",
            ),
            vl(
                "by_post_count",
                "{法定动词}{职务计数}",
                "任命1名人大工委主任、2名财政经济委员会委员",
                "任命{数字}名{职务}、{数字二}名",
            ),
            v(
                "count_only",
                "{人数}位同志高票通过{常委会}的任命",
                "16位同志高票通过县人大常委会的任命",
            ),
            vl(
                "pizhun_no_names",
                "{法定动词}{职务条款}",
                "会议批准任命龙海市、东山县、长泰县人民检察院检察长",
                "批准任命{单位简列}人民检察院检察长",
            ),
            v(
                "toupiao_biaojue",
                "投票表决了人事任免事项",
                "会议还听取并投票表决了人事任免事项",
            ),
            vl(
                "partial",
                "根据{提请人}提请，{动作}部分{职务类}职务",
                "会议根据市中级人民法院院长罗雄提请，免去部分审判人员职务。",
                "根据{提请者}提请，{任免动词}部分{职务类}职务",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "personnel_proposer",
        section: 9,
        label: "任免句前的提请人",
        printed_in: "新闻通稿的任免句",
        slots: &["提请人"],
        required: &[],
        variants: &[
            v("none", "", ""),
            vl(
                "proposer",
                "根据{提请人}的提请，",
                "会议根据市长赵宏宇的提请，决定任命张建华为鹤壁市科学技术局局长",
                "根据{提请者}的提请，{任免动词}",
            ),
            vl(
                "proposer_heard",
                "听取和审议了{提请人}提请的有关人事任免议案，",
                "会议听取和审议了市长马以提请的有关人事任免议案，决定任命张三为某市民政局局长",
                "听取和审议了{提请者}提请的有关人事任",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "personnel_catch_all",
        section: 9,
        label: "未列名的人事任免事项",
        printed_in: "新闻通稿的任免句",
        slots: &[],
        required: &[],
        variants: &[
            v(
                "catch_all",
                "会议还通过了其他人事任免事项。",
                "会议还通过了其他人事任免事项。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "tongzhi",
        section: 10,
        label: "同志（任免句）",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["姓名", "名单", "人数"],
        required: &[],
        variants: &[
            v("none", "{名单}", "刘芸"),
            v("each", "{姓名}同志", "邢晟同志、苑华东同志"),
            v(
                "once_after_list",
                "{名单}同志",
                "张丽娟、王奇超、刘江涛同志",
            ),
            v(
                "once_counted",
                "{名单}{人数}名同志",
                "张丽娟、王奇超、刘江涛3名同志",
            ),
            v(
                "once_counted_wei",
                "{名单}{人数}位同志",
                "张三、李四两位同志",
            ),
        ],
        context: ("任命", "为"),
    },
    FormSpec {
        key: "tongzhi_lead",
        section: 10,
        label: "同志（导语的任免）",
        printed_in: "新闻通稿导语（导语说主要决定时）",
        slots: &["姓名", "名单", "人数"],
        required: &[],
        variants: &[
            v("as_body", "", ""),
            vl(
                "lead_only",
                "{姓名}同志",
                "市十二届人大常委会第九次会议12月21日决定任命张三同志为某市副市长。",
                "次会议{导语日期}{任免动词}{姓名}同志",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "batch",
        section: 12,
        label: "批量任免（超过人数时）",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["首名", "前三名", "人数"],
        required: &["人数"],
        variants: &[
            v("deng_ming", "{首名}等{人数}名同志", "张丽娟等3名同志"),
            v("deng_wei", "{首名}等{人数}位同志", "任辉等8位同志"),
            v("deng_ren", "{前三名}等{人数}人", "张三、李四、王五等12人"),
            v(
                "first_three",
                "{前三名}等{人数}名同志",
                "张三、李四、王五等11名同志",
            ),
            v(
                "first_three_wei",
                "{前三名}等{人数}位同志",
                "张三、李四、王五等11位同志",
            ),
        ],
        context: ("", "为"),
    },
    FormSpec {
        key: "ren_wei",
        section: 13,
        label: "任命的「为」或「任」",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["名单", "职务"],
        required: &["名单", "职务"],
        variants: &[
            v("wei", "{名单}为{职务}", "任命蒋锐为县人民政府副县长"),
            v(
                "ren",
                "{名单}任{职务}",
                "决定任命张三任某市发展和改革委员会主任",
            ),
        ],
        context: ("任命", ""),
    },
    FormSpec {
        key: "joining",
        section: 14,
        label: "多人多职的连接",
        printed_in: "新闻通稿的任免句",
        slots: &["动词", "甲", "乙"],
        required: &["甲", "乙"],
        variants: &[
            vl(
                "one_post",
                "{动词}{甲}；{动词}{乙}",
                "会议任命张勇为滨海新区人民政府副区长；任命曹金秋为滨海新区人民政府秘书长",
                "{职务}；{任免动词}{名单}",
            ),
            vl(
                "posts_comma",
                "{动词}{甲}，{乙}",
                "决定任命吴斌为北京市通州区监察委员会副主任，林长春为北京市通州区信访办公室主任",
                "任命{名单}为{职务}，{名单二}为{职务二}",
            ),
            vl(
                "removals_dun",
                "{动词}{甲}、{乙}",
                "免去张三的某市民政局局长职务、李四的某市财政局局长职务",
                "免去{名单}的{职务}职务、{名单二}的{职务二}职务",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "personnel_order",
        section: 14,
        label: "任免句的先后",
        printed_in: "新闻通稿的任免句",
        slots: &["任命", "免职"],
        required: &["任命", "免职"],
        variants: &[
            vl(
                "ren_mian",
                "{任命}；{免职}",
                "会议任命张三为某市民政局局长；免去李四的某市民政局局长职务",
                "会议{任免动词}{名单}为",
            ),
            vl(
                "mian_ren",
                "{免职}；{任命}",
                "会议决定免去王强的区人民政府副区长职务；任命张三为某市民政局局长",
                "会议{任免动词}{名单}的{职务}职务；",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "de",
        section: 11,
        label: "免职的「的」",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["名单", "职务"],
        required: &["名单", "职务"],
        variants: &[
            v(
                "de",
                "{名单}的{职务}职务",
                "决定免去王强的区人民政府副区长职务",
            ),
            v("no_de", "{名单}{职务}职务", "免去王强区人民政府副区长职务"),
            v("yizhi", "{名单}{职务}一职", "免去孟凡哲副县长一职"),
        ],
        context: ("免去", ""),
    },
    FormSpec {
        key: "resignation",
        section: 15,
        label: "辞职",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["名单", "职务", "理由"],
        required: &["名单", "职务"],
        variants: &[
            v(
                "request",
                "{名单}辞去{职务}职务的请求",
                "决定接受张三辞去某市人民政府市长职务的请求",
            ),
            v(
                "no_request",
                "{名单}辞去{职务}职务",
                "决定接受杨玲辞去肃宁县人民政府县长职务",
            ),
            v(
                "request_no_de",
                "{名单}辞去{职务}职务请求",
                "接受马可容辞去北京市通州区监察委员会主任职务请求",
            ),
            v(
                "cizheng",
                "{名单}辞去{职务}职务的辞呈",
                "会议通过了张三、李四两位同志辞去某县人大常委会委员职务的辞呈",
            ),
            v(
                "reason_inside",
                "{名单}因{理由}提出的辞去{职务}职务的请求",
                "决定接受张三同志因工作岗位变动提出的辞去某市市长职务的请求",
            ),
        ],
        context: ("接受", ""),
    },
    FormSpec {
        key: "resignation_joined",
        section: 15,
        label: "几项辞职的连接",
        printed_in: "新闻通稿的任免句",
        slots: &["甲", "乙"],
        required: &["甲", "乙"],
        variants: &[
            vl(
                "apart",
                "{甲}；{乙}",
                "决定接受张三辞去某市人民政府市长职务的请求；决定接受李四辞去某市人民政府副市长职务的请求",
                "职务的请求；决定接受",
            ),
            vl(
                "several",
                "{甲}、{乙}",
                "决定接受张三辞去某市人民政府市长职务、李四辞去某市人民政府副市长职务的请求",
                "职务、{名单}辞去{职务}职务的请求",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "resignation_filing",
        section: 15,
        label: "辞职句的备案",
        printed_in: "新闻通稿的任免句",
        slots: &["备案机关", "地名", "级", "届", "人大会议", "人大次"],
        required: &[],
        variants: &[
            v("none", "", ""),
            vl(
                "with_filing",
                "，报{备案机关}备案",
                "决定接受马可容辞去北京市通州区监察委员会主任职务的请求，报北京市通州区人民代表大会备案",
                "请求，报{备案机关}备案",
            ),
            vl(
                "with_filing_bing",
                "，并报{备案机关}备案",
                "决定接受张三辞去某市人民政府市长职务的请求，并报某市第十二届人民代表大会备案",
                "请求，并报{备案机关}备案",
            ),
            vl(
                "with_filing_congress",
                "，报{地名}人民代表大会备案",
                "会议以举手表决方式通过了关于接受马可容辞去北京市通州区监察委员会主任职务请求的决定，报北京市通州区人民代表大会备案",
                "请求，报{地名}人民代表大会备案",
            ),
            vl(
                "with_filing_short",
                "，报{级}人民代表大会备案",
                "决定接受张三辞去某县人民政府县长职务的请求，报县人民代表大会备案",
                "请求，报{级}人民代表大会备案",
            ),
            vl(
                "with_filing_session",
                "，并报{人大会议}备案",
                "决定接受杨玲辞去肃宁县人民政府县长职务的请求，并报肃宁县第十八届人民代表大会第五次会议备案",
                "请求，并报{地名}第{届}届人民代表大会第{人大次}次会议备案",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "resignation_subject",
        section: 15,
        label: "辞职句的主语",
        printed_in: "新闻通稿的任免句",
        slots: &["条款"],
        required: &["条款"],
        variants: &[
            vl(
                "decides",
                "决定接受{条款}",
                "决定接受张三辞去某市人民政府市长职务的请求",
                "决定接受{名单}辞去",
            ),
            vl(
                "meeting_accepts",
                "会议接受{条款}。",
                "会议接受宗国英辞去滨海新区人民政府区长职务的请求。",
                "会议接受{名单}辞去",
            ),
            vl(
                "accepts",
                "接受{条款}",
                "接受蔡奇辞去杭州市市长职务",
                "；接受{名单}辞去",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "resignation_folded",
        section: 15,
        label: "同一人的任命与辞职",
        printed_in: "新闻通稿的任免句",
        slots: &["任命条款", "辞职条款"],
        required: &[],
        variants: &[
            v("apart", "", ""),
            vl(
                "pronoun",
                "{任命条款}，接受{辞职条款}",
                "决定任命张三为某市人民政府副市长，接受其辞去某市人大常委会副主任职务的请求",
                "为{职务}，接受其辞去{职务二}职务",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "resignation_reason",
        section: 15,
        label: "辞职理由句",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["理由", "姓名", "职务"],
        required: &["理由"],
        variants: &[
            v("none", "", ""),
            v(
                "reason_before",
                "因{理由}，{姓名}提出辞去{职务}职务。",
                "因工作变动，张晓东提出辞去宿州市人民政府副市长职务。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "deputy_resignation",
        section: 15,
        label: "人大代表辞职",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["名单", "职务", "地名", "届"],
        required: &["名单"],
        variants: &[
            v("as_resignation", "", ""),
            v(
                "deputy",
                "{名单}同志辞去{地名}第{届}届人大代表职务",
                "决定接受张丽娟、王奇超、刘江涛同志辞去肃宁县第十八届人大代表职务",
            ),
        ],
        context: ("接受", ""),
    },
    FormSpec {
        key: "deputy_knock_on",
        section: 15,
        label: "代表辞职后常委会职务的终止",
        printed_in: "会议纪要、新闻通稿的任免句（人大代表辞职以「同志辞去…人大代表职务」印出时）",
        slots: &["名单", "职务"],
        required: &["名单"],
        variants: &[
            v(
                "election_law",
                "根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》第五十六条规定，{名单}同志的常委会{职务}职务相应终止。",
                "根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》第五十六条规定，张丽娟同志的常委会委员职务相应终止。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "acting",
        section: 16,
        label: "代理",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["名单", "职务", "所代职务", "任命条款", "代理职务"],
        required: &[],
        variants: &[
            v(
                "separate",
                "{名单}为{职务}",
                "决定张三为某市人民政府代理市长",
            ),
            v(
                "separate_zhiwu",
                "{名单}代理{所代职务}职务",
                "决定李四代理某区人民政府区长职务",
            ),
            vl(
                "folded_dun",
                "{任命条款}、{代理职务}",
                "决定任命吴斌为北京市通州区监察委员会副主任、代理主任",
                "任命{名单}为{职务}、代理",
            ),
            vl(
                "folded_bing",
                "{任命条款}，并决定为{代理职务}",
                "会议决定任命张三为某市人民政府副市长，并决定为代理市长",
                "任命{名单}为{职务}，并决定为代理",
            ),
            vl(
                "folded_zhiwu",
                "{任命条款}，代理{所代职务}职务",
                "决定任命邵占维为杭州市副市长，代理杭州市市长职务",
                "任命{名单}为{职务}，代理{所代职务}职务",
            ),
        ],
        context: ("决定", ""),
    },
    FormSpec {
        key: "acting_decision_title",
        section: 16,
        label: "代理决定的标题",
        printed_in: "决议决定",
        slots: &["机关全称", "名单", "职务", "所代职务"],
        required: &["名单"],
        variants: &[
            v(
                "daili",
                "{机关全称}关于{名单}代理{所代职务}的决定",
                "淇县人民代表大会常务委员会关于刘卫东代理淇县人民政府县长的决定",
            ),
            v(
                "daili_zhiwu",
                "{机关全称}关于{名单}代理{所代职务}职务的决定",
                "某市人民代表大会常务委员会关于张三代理某市人民政府市长职务的决定",
            ),
            v(
                "renming",
                "{机关全称}关于任命{名单}同志为{职务}的决定",
                "某市人民代表大会常务委员会关于任命张三同志为某市人民政府代理市长的决定",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "acting_decision_text",
        section: 16,
        label: "代理决定的正文",
        printed_in: "决议决定",
        slots: &[
            "法律",
            "条",
            "会议全称",
            "年月日",
            "名单",
            "职务",
            "所代职务",
        ],
        required: &["名单"],
        variants: &[
            v(
                "law_first",
                "根据《{法律}》{条}的规定，{会议全称}决定：{名单}代理{所代职务}。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定，淇县第十七届人民代表大会常务委员会第十五次会议决定：刘卫东代理淇县人民政府县长。",
            ),
            v(
                "law_first_zhiwu",
                "根据《{法律}》{条}的规定，{会议全称}决定：{名单}代理{所代职务}职务。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定，某市第十二届人民代表大会常务委员会第九次会议决定：张三代理某市人民政府市长职务。",
            ),
            v(
                "date_session",
                "{年月日}{会议全称}决定，{名单}代理{所代职务}职务。",
                "2024年6月28日淇县第十七届人民代表大会常务委员会第十五次会议决定，刘卫东代理淇县人民政府县长职务。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "decision_title",
        section: 17,
        label: "辞职决定的标题",
        printed_in: "决议决定",
        slots: &["机关全称", "名单", "职务", "首名", "人数"],
        required: &["名单"],
        variants: &[
            v(
                "title_post",
                "{机关全称}关于接受{名单}辞去{职务}职务请求的决定",
                "鹤壁市人民代表大会常务委员会关于接受张三辞去鹤壁市人民政府副市长职务请求的决定",
            ),
            v(
                "title_short",
                "{机关全称}关于接受{名单}辞职请求的决定",
                "宿州市人民代表大会常务委员会关于接受张晓东辞职请求的决定",
            ),
            v(
                "title_double_de",
                "{机关全称}关于接受{名单}辞去{职务}职务的请求的决定",
                "某市人民代表大会常务委员会关于接受张三辞去某市人民政府市长职务的请求的决定",
            ),
            v(
                "title_batch",
                "{机关全称}关于接受{首名}等{人数}名同志辞去{职务}职务的决定",
                "肃宁县人民代表大会常务委员会关于接受张丽娟等三名同志辞去肃宁县第十八届人大代表职务的决定",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "decision_text",
        section: 17,
        label: "辞职决定的正文",
        printed_in: "决议决定",
        slots: &[
            "法律",
            "条",
            "会议全称",
            "年月日",
            "名单",
            "职务",
            "备案机关",
            "地名",
            "级",
            "理由",
            "本地办法",
            "本地条",
            "人大会议",
            "人大次",
            "提请人",
            "人数",
            "届",
            "次",
        ],
        required: &["名单", "职务"],
        variants: &[
            v(
                "body_law_first",
                "根据《{法律}》{条}的规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，报{备案机关}备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，鹤壁市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去鹤壁市人民政府副市长职务的请求，报鹤壁市第十二届人民代表大会备案。",
            ),
            v(
                "body_law_general",
                "根据《{法律}》有关规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，报{备案机关}备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》有关规定和本人申请，某市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去某市人民政府副市长职务的请求，报某市第十二届人民代表大会备案。",
            ),
            v(
                "filed_congress",
                "根据《{法律}》{条}的规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，报{地名}人民代表大会备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，宿州市第五届人民代表大会常务委员会第三十一次会议决定，接受张晓东辞去宿州市人民政府副市长职务的请求，报宿州市人民代表大会备案。",
            ),
            v(
                "filed_bing",
                "根据《{法律}》{条}的规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，并报{备案机关}备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，某市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去某市人民政府副市长职务的请求，并报某市第十二届人民代表大会备案。",
            ),
            v(
                "decides_colon",
                "根据《{法律}》{条}的规定和本人申请，{会议全称}决定：接受{名单}辞去{职务}职务的请求，报{备案机关}备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，某市第十二届人民代表大会常务委员会第九次会议决定：接受张三辞去某市人民政府副市长职务的请求，报某市第十二届人民代表大会备案。",
            ),
            v(
                "filed_congress_short",
                "根据《{法律}》{条}的规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，报{级}人民代表大会备案。",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请，某县第十八届人民代表大会常务委员会第九次会议决定，接受张三辞去某县人民政府县长职务的请求，报县人民代表大会备案。",
            ),
            v(
                "body_date_session",
                "{年月日}{会议全称}决定，接受{名单}辞去{职务}职务，并报{备案机关}备案。",
                "2024年10月25日肃宁县第十八届人民代表大会常务委员会第二十五次会议决定，接受杨玲辞去肃宁县人民政府县长职务，并报肃宁县第十八届人民代表大会备案。",
            ),
            vl(
                "body_date_session_congress",
                "{年月日}{会议全称}决定，接受{名单}辞去{职务}职务，并报{人大会议}备案。",
                "2024年10月25日肃宁县第十八届人民代表大会常务委员会第二十五次会议决定，接受杨玲同志辞去肃宁县人民政府县长职务，并报肃宁县第十八届人民代表大会第五次会议备案。",
                "{会议全称}决定，接受{名单}辞去{职务}职务，并报{地名}第{届}届人民代表大会第{人大次}次会议备案。",
            ),
            vl(
                "body_reason_law",
                "因{理由}，{名单}提出辞去{职务}职务。根据《{法律}》{条}和《{本地办法}》{本地条}的规定，{会议全称}决定：接受{名单}辞去{职务}职务的请求，报{地名}人民代表大会备案。",
                "因工作变动，张晓东提出辞去宿州市人民政府副市长职务。根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条和《宿州市人民代表大会常务委员会任免地方国家机关工作人员办法》第十七条的规定，宿州市第五届人民代表大会常务委员会第三十一次会议决定：接受张晓东辞去宿州市人民政府副市长职务的请求，报宿州市人民代表大会备案。",
                "根据《{法律}》{条}和《{本地办法}》{本地条}的规定，{会议全称}决定：接受{名单}辞去{职务}职务的请求",
            ),
            v(
                "body_report_reviewed",
                "{地名}第{届}届人大常委会第{次}次会议审议了{提请人}关于{名单}{人数}名同志请求辞去{级}第{届}届人大代表职务的审查报告，决定接受{名单}{人数}名同志辞去{级}第{届}届人大代表职务。",
                "肃宁县第十八届人大常委会第二十五次会议审议了人大常委会代表资格审查委员会关于张丽娟、王奇超、刘江涛三名同志请求辞去县第十八届人大代表职务的审查报告，决定接受张丽娟、王奇超、刘江涛三名同志辞去县第十八届人大代表职务。",
            ),
            v(
                "body_regulation_general",
                "按照《{本地办法}》的有关规定和本人申请，{会议全称}决定，接受{名单}辞去{职务}职务的请求，报{备案机关}备案。",
                "按照《鹤壁市人民代表大会常务委员会任免地方国家机关工作人员办法》的有关规定和本人申请，鹤壁市第十二届人民代表大会常务委员会第九次会议决定，接受张三辞去鹤壁市人民政府副市长职务的请求，报鹤壁市第十二届人民代表大会备案。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation",
        section: 18,
        label: "测评结果句",
        printed_in: "会议纪要、新闻通稿",
        slots: &[
            "对象",
            "结论",
            "测评结果",
            "满意",
            "基本满意",
            "不满意",
            "满意和基本满意",
            "满意率",
            "基本满意率",
            "满意和基本满意率",
            "指代",
        ],
        required: &["对象"],
        variants: &[
            v(
                "with_counts",
                "会议对{对象}进行了满意度测评，{测评结果}。",
                "会议对市人民政府关于……的报告进行了满意度测评，测评结果为满意（满意30票，基本满意3票，不满意0票）。",
            ),
            v(
                "verdict_only",
                "会议对{对象}进行了满意度测评，测评结果为{结论}。",
                "会议对市人民政府关于……的报告进行了满意度测评，测评结果为满意。",
            ),
            v(
                "announced",
                "会议对{对象}进行了满意度测评。",
                "会议对十二件重点建议办理情况进行了满意度测评。",
            ),
            v(
                "counts_rates",
                "会议对{对象}进行了满意度测评，满意票{满意}票，满意率{满意率}，基本满意票{基本满意}票，基本满意率{基本满意率}。",
                "会议对区住建局主办的《关于……的建议》进行了满意度测评，满意票25票，满意率89.29%，基本满意票3票，基本满意率10.71%。",
            ),
            v(
                "total_share",
                "会议对{对象}进行了满意度测评，满意票为{满意}张，基本满意票为{基本满意}张，满意和基本满意票达{满意和基本满意}张，占总票数的{满意和基本满意率}，测评结果为{结论}。",
                "会议对某报告进行了满意度测评，满意票为59张，基本满意票为2张，满意和基本满意票达61张，占总票数的100%，测评结果为满意。",
            ),
            v(
                "expressed",
                "会议对{指代}表示{结论}。",
                "会议对该报告表示满意。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation_notice",
        section: 18,
        label: "测评结果公告",
        printed_in: "满意度测评结果",
        slots: &[
            "序号",
            "对象",
            "结论",
            "发出",
            "收回",
            "满意",
            "基本满意",
            "不满意",
            "满意和基本满意",
            "满意率",
            "基本满意率",
            "满意和基本满意率",
        ],
        required: &["对象"],
        variants: &[
            v(
                "notice_table",
                "{对象}为{结论}",
                "市人民政府关于……的报告为满意",
            ),
            v(
                "counts_rates",
                "{序号}、{对象}测评情况：发出测评表{发出}张，收回{收回}张，满意票{满意}票，满意率{满意率}，基本满意票{基本满意}票，基本满意率{基本满意率}。",
                "一、区住建局主办的《关于……的建议》测评情况：发出测评表28张，收回28张，满意票25票，满意率89.29%，基本满意票3票，基本满意率10.71%。",
            ),
            v(
                "numbered_verdict",
                "{序号}、{对象}测评结果为{结论}。",
                "一、市人民政府关于……的报告测评结果为满意。",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation_rule",
        section: 18,
        label: "测评结果的规则说明",
        printed_in: "满意度测评结果",
        slots: &["规则"],
        required: &[],
        variants: &[
            v(
                "note",
                "注：{规则}",
                "注：满意票超过全体组成人员的半数为满意；满意票与基本满意票之和超过全体组成人员的半数为基本满意；其余为不满意。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation_evaluators",
        section: 18,
        label: "测评人说明",
        printed_in: "满意度测评结果（测评记有其他测评人时，代替法定人数说明）",
        slots: &["其他测评人"],
        required: &["其他测评人"],
        variants: &[
            v(
                "members_and_others",
                "常委会组成人员以及{其他测评人}根据现场提问和答复情况分别逐一进行了测评。",
                "常委会组成人员以及列席会议的市县人大代表、人大主席、公民代表根据现场提问和答复情况分别逐一进行了测评。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "evaluation_notice_header",
        section: 18,
        label: "测评结果的标题",
        printed_in: "满意度测评结果",
        slots: &["会议名称", "地名", "级", "届", "次"],
        required: &[],
        variants: &[
            v(
                "results_title",
                "{会议名称}满意度测评结果",
                "鹤壁市十二届人大常委会第九次会议满意度测评结果",
            ),
            v(
                "gonggao",
                "{地名}第{届}届人大常委会公告",
                "曲靖市沾益区第二届人大常委会公告",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "vote_method",
        section: 19,
        label: "表决方式",
        printed_in: "会议纪要",
        slots: &["方式", "方式表决"],
        required: &[],
        variants: &[
            v("yi_fangshi", "以{方式}方式", "以无记名投票方式"),
            v(
                "yi_biaojue_fangshi",
                "以{方式表决}方式",
                "以无记名投票表决方式",
            ),
            v("caiyong", "采用{方式}的方式", "采用无记名投票的方式"),
            v(
                "caiyong_biaojue",
                "采用{方式表决}的方式",
                "会议采用无记名投票表决的方式",
            ),
            v("jing", "经{方式表决}", "经无记名投票表决"),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "vote_counts",
        section: 19,
        label: "表决结果的票数",
        printed_in: "会议纪要",
        slots: &["计票", "一致"],
        required: &[],
        variants: &[
            vl(
                "counts",
                "{计票}",
                "以赞成33票，反对0票，弃权2票表决通过",
                "以赞成{数字}票，反对{数字二}票，弃权",
            ),
            vl(
                "no_counts",
                "表决通过",
                "会议以举手表决方式，表决通过了……",
                "方式，表决通过了",
            ),
            vl(
                "unanimous",
                "{一致}",
                "会议还一致通过了新的人事任免决议",
                "一致通过了",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "after_vote_certificate",
        section: 20,
        label: "颁发任命书",
        printed_in: "新闻通稿",
        slots: &["颁发人", "受任人"],
        required: &[],
        variants: &[
            v(
                "wei",
                "{颁发人}为{受任人}颁发任命书",
                "市人大常委会主任史全新为新任命人员颁发任命书",
            ),
            v(
                "xiang",
                "{颁发人}向{受任人}颁发任命书",
                "文牧向获任命人员颁发任命书",
            ),
            v(
                "le",
                "{颁发人}为{受任人}颁发了任命书",
                "区人大常委会主任李俊为新任命人员颁发了任命书",
            ),
            v(
                "zhengshu",
                "{颁发人}为{受任人}颁发任命证书",
                "县人大常委会主任张三为新任命人员颁发任命证书",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "after_vote_oath",
        section: 20,
        label: "宪法宣誓",
        printed_in: "新闻通稿",
        slots: &["受任人", "宣誓人"],
        required: &[],
        variants: &[
            v("oath", "{受任人}进行了宪法宣誓", "新任命人员进行了宪法宣誓"),
            v(
                "oath_statement",
                "{受任人}进行了宪法宣誓并作了表态发言",
                "新任命人员进行了宪法宣誓并作了表态发言",
            ),
            v("ceremony", "现场举行宪法宣誓仪式", "现场举行宪法宣誓仪式"),
            v(
                "ceremony_both",
                "举行了任命书颁发和向宪法宣誓仪式",
                "并举行了任命书颁发和向宪法宣誓仪式",
            ),
            v(
                "oath_pledge",
                "{受任人}向宪法宣誓，作出庄严承诺",
                "新任命人员向宪法宣誓，作出庄严承诺",
            ),
            vl(
                "collective_after",
                "会后，{宣誓人}集体向宪法宣誓",
                "会后，张三、李四集体向宪法宣誓",
                "会后，{名单}集体向宪法宣誓",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "after_vote_statement",
        section: 20,
        label: "任职发言",
        printed_in: "新闻通稿",
        slots: &["姓名", "发言"],
        required: &["姓名", "发言"],
        variants: &[
            v(
                "statement",
                "{姓名}同志在会上作了{发言}。",
                "刘芸同志在会上作了表态发言。",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "appointees_meeting",
        section: 20,
        label: "拟任命人员与组成人员见面",
        printed_in: "新闻通稿",
        slots: &["提请人"],
        required: &[],
        variants: &[
            vl(
                "meeting",
                "会议听取和审议了{提请人}提请的有关人事任命议案，并介绍拟任命人员与常委会组成人员见面。",
                "会议听取和审议了市长马以提请的有关人事任命议案，并介绍拟任命人员与常委会组成人员见面。",
                "并介绍拟任命人员与常委会组成人员见面",
            ),
            v("none", "", ""),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "numerals_people",
        section: 21,
        label: "人数的数字",
        printed_in: "会议纪要、新闻通稿的任免句",
        slots: &["数字", "汉字", "两"],
        required: &[],
        variants: &[
            vl("arabic", "{数字}", "张丽娟等3名同志", "等{数字}{量词}同志"),
            vl("chinese", "{汉字}", "任辉等八位同志", "等{汉字}{量词}同志"),
            vl("chinese_liang", "{两}", "张三等两名同志", "等两{量词}同志"),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "numerals_ordinals",
        section: 21,
        label: "会议次数的数字",
        printed_in: "会议名称及各文件的标题和正文",
        slots: &["数字", "汉字"],
        required: &[],
        variants: &[
            // The default is not learned: every record names its session, and a finding of it
            // beside each sentence's own would say nothing.
            v("chinese", "", "第九次会议"),
            vl("arabic", "{数字}", "第36次会议", "举行第{数字}次会议"),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "numerals_month",
        section: 21,
        label: "一月的写法",
        printed_in: "新闻通稿、会议纪要的会期",
        slots: &["月数", "元"],
        required: &[],
        variants: &[
            vl("plain", "{月数}月", "2018年1月7日至11日", "年1月{日数}日"),
            vl("yuanyue", "{元}月", "2018年元月7日至11日", "元月{日数}日"),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "punctuation_items",
        section: 22,
        label: "议题之间的标点",
        printed_in: "新闻通稿",
        slots: &["甲", "乙"],
        required: &["甲", "乙"],
        variants: &[
            vl(
                "semicolon",
                "{甲}；{乙}",
                "……等报告；听取审议并表决通过了……",
                "报告；{动词}",
            ),
            vl(
                "comma",
                "{甲}，{乙}",
                "……等报告，听取审议并表决通过了……",
                "报告，{动词}",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "date_span",
        section: 22,
        label: "会期的写法",
        printed_in: "新闻通稿、会议纪要",
        slots: &["起", "止", "其后各日"],
        required: &["起"],
        variants: &[
            v("zhi", "{起}至{止}", "12月20日至21日"),
            v("dun", "{起}、{其后各日}", "12月25日、26日"),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "punctuation_decides",
        section: 22,
        label: "决定正文「决定」后的标点",
        printed_in: "决议决定",
        slots: &["会议全称"],
        required: &[],
        variants: &[
            v("each_form", "", ""),
            vl(
                "colon",
                "{会议全称}决定：",
                "宿州市第五届人民代表大会常务委员会第三十一次会议决定：接受张晓东辞去宿州市人民政府副市长职务的请求",
                "次会议决定：接受{名单}辞去",
            ),
            vl(
                "comma",
                "{会议全称}决定，",
                "淇县第十七届人民代表大会常务委员会第十五次会议决定，刘卫东代理淇县人民政府县长职务",
                "次会议决定，{名单}代理",
            ),
        ],
        context: ("", ""),
    },
    FormSpec {
        key: "characters",
        section: 22,
        label: "简体或繁体",
        printed_in: "所有文件",
        slots: &["繁体"],
        required: &[],
        variants: &[
            v("simplified", "", ""),
            vl(
                "traditional",
                "{繁体}",
                "12月21日，市十二屆人大常委會第九次會議召開。",
                "第{次}次會議",
            ),
        ],
        context: ("", ""),
    },
];
