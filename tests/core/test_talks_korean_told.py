"""Korean recaps that tell each talk in a sentence: "**회사 이름** 님의 “제목”", "**회사**의 **A** 님과
**B** 님이 … 주제는 “…”", an unmarked "회사 이름 님이 “제목”이라는 주제로"; the host, the sponsor, a panel
and a talk called off are no talks.

Before this, such paragraphs were read as nothing, or as a speaker "당근마켓 김지훈" without a title:
blind129_b (tuned on) 3/10 talks found, now 10/10.
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: 제5회 모임 후기
---

안녕하세요, 운영진 한서윤입니다. 장소를 내어 주신 **코드하우스** 오민석 대표님께 감사드립니다.
사회는 운영진 배지원 님이 맡아 주셨습니다.

첫 번째 발표는 **네이버웹툰 송다은** 님의 “Next.js에서 Jekyll로 돌아온 이유”였습니다.
빌드 속도 이야기가 많았어요.

📎 [발표 자료](https://speakerdeck.com/daeun/back-to-jekyll) · ▶️ [영상 (6:05부터)](https://youtu.be/Kr5ePq2Lm8Z?t=365)

두 번째 순서는 **무신사**의 **문가람** 님과 **홍준서** 님이 함께 꾸며 주셨습니다.
주제는 “디자인 시스템 문서화 1년”.

▶️ [영상 (31:40부터)](https://youtu.be/Kr5ePq2Lm8Z?t=1900)

마지막 라이트닝 토크는 카카오페이 장하림 님이 “Liquid 필터 직접 만들기”라는 제목으로 발표해 주셨습니다.

원래 예정되어 있던 권도윤 님의 발표 “접근성 점검 자동화”는 개인 사정으로 다음으로 미뤄졌습니다.

끝으로 패널 토크에서는 송다은 님과 장하림 님이 “정적 사이트, 어디까지 써 봤니?”라는 질문에 답해 주셨습니다.
"""


def test_each_sentence_tells_a_talk_with_its_company_and_quoted_title():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["송다은"], "네이버웹툰", "Next.js에서 Jekyll로 돌아온 이유", 365,
         "https://speakerdeck.com/daeun/back-to-jekyll"),
        (["문가람", "홍준서"], "무신사", "디자인 시스템 문서화 1년", 1900, None),
        (["장하림"], "카카오페이", "Liquid 필터 직접 만들기", None, None),
    ]


def test_the_spans_are_the_words_of_the_post():
    for t in recognise(POST).talks:
        for i, name in enumerate(t.speakers):
            assert POST[slice(*t.spans[f"speakers.{i}"])] == name
        assert POST[slice(*t.spans["title"])] == t.title
        assert POST[slice(*t.spans["organisation"])] == t.organisation


def test_a_role_or_a_word_of_the_evening_before_the_name_is_no_company():
    post = POST.replace("카카오페이 장하림 님이", "백엔드 개발자 장하림 님이")
    assert recognise(post).talks[-1].organisation is None
    post = POST.replace("카카오페이 장하림 님이", "이어서 장하림 님이")
    assert recognise(post).talks[-1].organisation is None
