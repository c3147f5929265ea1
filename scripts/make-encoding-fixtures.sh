#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the East-Asian encoding fixtures of tests/data with iconv: one Atom feed per
# encoding, the same text in element content and in attributes (link title, category, img alt).
# Each file is named after the encoding and the quirk it carries.
set -eu
out="$(dirname "$0")/../tests/data"

feed() { # label title attribute-text body
    cat <<XML
<?xml version="1.0" encoding="$1"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>$2</title>
  <link rel="alternate" href="https://example.org/" title="$3"/>
  <id>urn:example:feed</id>
  <entry>
    <title>$2</title>
    <id>urn:example:1</id>
    <link rel="alternate" href="https://example.org/1" title="$3"/>
    <category term="$3" label="$3"/>
    <updated>2026-01-22T13:05:00Z</updated>
    <content type="html">&lt;p&gt;&lt;img src="https://example.org/1.png" alt="$3"&gt;$4&lt;/p&gt;</content>
  </entry>
</feed>
XML
}

make() { # file iconv-encoding label title attribute-text body
    file=$1 encoding=$2
    shift 2
    feed "$@" | iconv -f UTF-8 -t "$encoding" >"$out/$file"
}

# 表, ソ and 能 end in 0x5C ("\") in Shift_JIS; ① and 髙 exist only in Microsoft's CP932.
make encoding-shift_jis-cp932-extensions.xml CP932 Shift_JIS "防衛省ニュース①" "表示ソ能 髙橋" "本文です"
make encoding-x-sjis-label.xml CP932 x-sjis "防衛省ニュース" "表示ソ能" "本文です"
make encoding-euc-jp-nec-extensions.xml EUC-JP-MS EUC-JP "防衛省ニュース①" "表示ソ能" "本文です"
# Seven-bit: every byte is ASCII, so the bytes are also valid UTF-8.
make encoding-iso-2022-jp.xml ISO-2022-JP iso-2022-jp "防衛省ニュース" "表示ソ能" "本文です"
# Declared GB2312, written as GBK (镕 is not in GB2312), as most "GB2312" pages are.
make encoding-gb2312-label-gbk-bytes.xml GBK gb2312 "国防新闻 镕" "国防部 发布" "正文"
# 許功蓋 have 0x5C as second byte in Big5; € is Microsoft's CP950 addition.
make encoding-big5.xml CP950 Big5 "國防新聞 €" "國防部 發布 許功蓋" "內文"
# Declared EUC-KR, written as Windows' UHC (똠 is not in KS X 1001).
make encoding-euc-kr-uhc-bytes.xml CP949 EUC-KR "국방 뉴스 똠방각하" "국방부 발표" "본문"
make encoding-ks_c_5601-1987-label.xml CP949 ks_c_5601-1987 "국방 뉴스" "국방부 발표" "본문"
