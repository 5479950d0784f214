// The 達成基準 of JIS X 8341-3:2016 (= WCAG 2.0) and those WCAG 2.1 and 2.2
// added, levels A and AA, with how the browser tests judge each:
//   judge: "auto:<check>"    the tests decide it (適合 / 不適合) for the pages and states tested
//          "absent:<check>"  適用なし when the tests find no such content, else 未確認
//          (none)            未確認: only a person can judge; `manual` says how
// Any axe-core violation of a criterion (its tag, e.g. wcag143) makes it 不適合.
// `since`: "2.0" (in JIS X 8341-3:2016), "2.1" or "2.2" (added later);
// `removed`: dropped from WCAG 2.2 (4.1.1), still part of JIS X 8341-3:2016.

export const CRITERIA = [
  { id: "1.1.1", title: "非テキストコンテンツ", level: "A", since: "2.0", manual: "画像・アイコン・フォームのコントロールに、目的を表すテキストの代替（alt、ラベル、aria-label）があり、その内容が適切かを、スクリーンリーダー（NVDA、VoiceOver）で読み上げて確認する。" },
  { id: "1.2.1", title: "音声のみ及び映像のみ（収録済み）", level: "A", since: "2.0", judge: "absent:media", manual: "音声・映像があれば、代替（書き起こし等）があるかを確認する。" },
  { id: "1.2.2", title: "キャプション（収録済み）", level: "A", since: "2.0", judge: "absent:media", manual: "収録済みの映像があれば、キャプションがあるかを確認する。" },
  { id: "1.2.3", title: "音声解説、又はメディアに対する代替（収録済み）", level: "A", since: "2.0", judge: "absent:media", manual: "収録済みの映像があれば、音声解説又は代替があるかを確認する。" },
  { id: "1.2.4", title: "キャプション（ライブ）", level: "AA", since: "2.0", judge: "absent:media", manual: "ライブの映像があれば、キャプションがあるかを確認する。" },
  { id: "1.2.5", title: "音声解説（収録済み）", level: "AA", since: "2.0", judge: "absent:media", manual: "収録済みの映像があれば、音声解説があるかを確認する。" },
  { id: "1.3.1", title: "情報及び関係性", level: "A", since: "2.0", manual: "見出し、表の見出しセル（scope）、フォームのラベルとグループ（fieldset・legend）、一覧が、見た目どおりにマークアップされているかを、スクリーンリーダーの見出し・表・フォームの移動で確認する。" },
  { id: "1.3.2", title: "意味のある順序", level: "A", since: "2.0", manual: "CSS を無効にした表示と、スクリーンリーダーの読み上げ順序が、意味の通る順序になっているかを確認する。" },
  { id: "1.3.3", title: "感覚的な特徴", level: "A", since: "2.0", manual: "説明文が「右の」「赤い」など、形・位置・色・音だけに頼った指示になっていないかを、全ページの文言で確認する。" },
  { id: "1.3.4", title: "表示の向き", level: "AA", since: "2.1", manual: "スマートフォン・タブレットを縦と横に回して、どちらの向きでも表示・操作できるかを確認する（自動の試験は縦長 320×800 と横長 640×450 の表示を確認）。" },
  { id: "1.3.5", title: "入力目的の特定", level: "AA", since: "2.1", manual: "利用者本人の情報（氏名・住所・電話番号等）を入力する欄があれば、適切な autocomplete 属性があるかを確認する（この計算機の入力欄は事業所・利用者の数値で、本人の連絡先等は求めない）。" },
  { id: "1.4.1", title: "色の使用", level: "A", since: "2.0", manual: "誤りの表示、出典の区分（公的資料・二次資料等）、リンクが、色だけでなく文字・記号・下線でも区別できるかを、白黒表示（グレースケール）で確認する。" },
  { id: "1.4.2", title: "音声の制御", level: "A", since: "2.0", judge: "absent:media", manual: "自動で再生される音声があれば、停止・音量調整ができるかを確認する。" },
  { id: "1.4.3", title: "コントラスト（最低限）", level: "AA", since: "2.0", judge: "auto:contrast", manual: "コントラスト比の計測ツールで、文字と背景の比が 4.5:1（大きな文字は 3:1）以上かを確認する。" },
  { id: "1.4.4", title: "テキストのサイズ変更", level: "AA", since: "2.0", judge: "auto:zoom", manual: "ブラウザの拡大を 200% にして、文字・操作が欠けたり重なったりしないかを確認する。" },
  { id: "1.4.5", title: "文字画像", level: "AA", since: "2.0", judge: "absent:images", manual: "文字を画像で表示している箇所があれば、テキストに置き換えられないかを確認する。" },
  { id: "1.4.10", title: "リフロー", level: "AA", since: "2.1", judge: "auto:reflow", manual: "幅 1280px の画面で 400% に拡大し（幅 320 CSS ピクセル相当）、表を除いて横スクロールなしに読めるかを確認する。" },
  { id: "1.4.11", title: "非テキストのコントラスト", level: "AA", since: "2.1", manual: "入力欄の枠線、ボタンの境界、チェックボックス、フォーカスの表示と隣接する色のコントラスト比が 3:1 以上かを、計測ツールで確認する。" },
  { id: "1.4.12", title: "テキストの間隔", level: "AA", since: "2.1", manual: "行間 1.5 倍、段落の間隔 2 倍、文字の間隔 0.12 倍、単語の間隔 0.16 倍を指定するブックマークレット等を適用し、文字が欠けたり重なったりしないかを確認する。" },
  { id: "1.4.13", title: "ホバー又はフォーカスで表示されるコンテンツ", level: "AA", since: "2.1", manual: "マウスを載せたり、フォーカスしたりしたときに現れる表示があれば、Esc で消せる・ポインタを移せる・消えずに残るかを確認する。" },
  { id: "2.1.1", title: "キーボード", level: "A", since: "2.0", manual: "すべての操作（行の追加・削除、シナリオの保存・比較、CSV のダウンロード、URL のコピー、計算の根拠の開閉、印刷）を、キーボードだけで行えるかを確認する（自動の試験は、Tab で全要素を巡回し、入力から計算・結果の表示までをキーボードだけで行う）。" },
  { id: "2.1.2", title: "キーボードトラップなし", level: "A", since: "2.0", judge: "auto:trap", manual: "Tab・Shift+Tab で、ページ内のどの要素からも先へ進めるかを確認する。" },
  { id: "2.1.4", title: "文字キーのショートカット", level: "A", since: "2.1", manual: "文字キー1つだけで動くショートカットがないかを、入力欄の外で文字キーを押して確認する。" },
  { id: "2.2.1", title: "タイミング調整可能", level: "A", since: "2.0", manual: "操作や表示に時間制限（自動で消える表示、時間切れ）がないかを確認する。" },
  { id: "2.2.2", title: "一時停止、停止、非表示", level: "A", since: "2.0", manual: "動く・点滅する・自動で更新される表示がないか、あれば止められるかを確認する（自動の試験は、アニメーションがないことを確認）。" },
  { id: "2.3.1", title: "3回の閃光、又は閾値以下", level: "A", since: "2.0", judge: "absent:flash", manual: "1秒間に3回を超えて閃光を放つ表示がないかを確認する。" },
  { id: "2.4.1", title: "ブロックスキップ", level: "A", since: "2.0", judge: "auto:skip", manual: "最初の Tab で「本文へ移動」が表示され、Enter で本文の先頭へ移れるかを確認する。" },
  { id: "2.4.2", title: "ページタイトル", level: "A", since: "2.0", manual: "各ページの title が、ページの内容を表しているかを確認する。" },
  { id: "2.4.3", title: "フォーカス順序", level: "A", since: "2.0", manual: "Tab で移るフォーカスの順序が、見た目と意味の順序に合っているかを確認する（結果の表示・誤りの表示へ移るフォーカスを含む）。" },
  { id: "2.4.4", title: "リンクの目的（コンテキスト内）", level: "A", since: "2.0", manual: "リンクの文言（と前後の文脈）から、行き先が分かるかを確認する。" },
  { id: "2.4.5", title: "複数の手段", level: "AA", since: "2.0", manual: "各ページへ、一覧ページとヘッダーのリンクなど、複数の方法でたどれるかを確認する。" },
  { id: "2.4.6", title: "見出し及びラベル", level: "AA", since: "2.0", manual: "見出しと入力欄のラベルが、内容・目的を表しているかを確認する。" },
  { id: "2.4.7", title: "フォーカスの可視化", level: "AA", since: "2.0", judge: "auto:focus", manual: "Tab で移るすべての要素で、フォーカスの位置が見えるかを目で確認する。" },
  { id: "2.4.11", title: "フォーカスの非遮蔽（最低限）", level: "AA", since: "2.2", judge: "auto:obscured", manual: "フォーカスした要素が、固定表示のヘッダー等に完全に隠れないかを確認する。" },
  { id: "2.5.1", title: "ポインタのジェスチャ", level: "A", since: "2.1", manual: "複数の指やなぞる動作でしか行えない操作がないかを確認する。" },
  { id: "2.5.2", title: "ポインタのキャンセル", level: "A", since: "2.1", manual: "押した時点（down）で実行される操作がなく、離した時点で実行されるかを確認する。" },
  { id: "2.5.3", title: "ラベルを含む名前（name）", level: "A", since: "2.1", manual: "ボタン・リンク等のアクセシブルな名前が、見えている文言を含むかを確認する。" },
  { id: "2.5.4", title: "動きによる起動", level: "A", since: "2.1", manual: "端末を振る・傾けることで動く機能がないかを確認する。" },
  { id: "2.5.7", title: "ドラッグ動作", level: "AA", since: "2.2", manual: "ドラッグでしか行えない操作がないかを確認する。" },
  { id: "2.5.8", title: "ターゲットのサイズ（最低限）", level: "AA", since: "2.2", manual: "ボタン・チェックボックス等の押せる範囲が 24×24 CSS ピクセル以上か、十分な間隔があるかを確認する。" },
  { id: "3.1.1", title: "ページの言語", level: "A", since: "2.0", judge: "auto:lang", manual: "html 要素の lang 属性が ja であるかを確認する。" },
  { id: "3.1.2", title: "一部分の言語", level: "AA", since: "2.0", manual: "日本語以外の言語の文や語句があれば、lang 属性で示されているかを確認する（CSV、URL 等の略語・固有名は対象外）。" },
  { id: "3.2.1", title: "フォーカス時", level: "A", since: "2.0", manual: "フォーカスを移しただけで、ページの移動・送信などが起きないかを確認する。" },
  { id: "3.2.2", title: "入力時", level: "A", since: "2.0", manual: "入力・選択を変えただけで、予告なくページの移動・送信などが起きないかを確認する（サービスの選択で表示する項目が変わるのは、同じページ内の変化）。" },
  { id: "3.2.3", title: "一貫したナビゲーション", level: "AA", since: "2.0", manual: "ヘッダー・フッターのリンクが、どのページでも同じ順序かを確認する。" },
  { id: "3.2.4", title: "一貫した識別性", level: "AA", since: "2.0", manual: "同じ働きのボタン（計算する、入力を消す、印刷する等）が、どのページでも同じ名前かを確認する。" },
  { id: "3.2.6", title: "一貫したヘルプ", level: "A", since: "2.2", manual: "ヘルプ・問い合わせへの案内があれば、どのページでも同じ位置にあるかを確認する。" },
  { id: "3.3.1", title: "エラーの特定", level: "A", since: "2.0", manual: "誤った入力をしたとき、誤りのある欄と内容が文字で示されるかを確認する（自動の試験は、キーボードで計算した後の誤りの表示を axe で確認）。" },
  { id: "3.3.2", title: "ラベル又は説明", level: "A", since: "2.0", manual: "入力欄に、何をどの形式で入力するかのラベル・説明があるかを確認する。" },
  { id: "3.3.3", title: "エラー修正の提案", level: "AA", since: "2.0", manual: "誤りの表示に、正しい入力の例や範囲が示されるかを確認する。" },
  { id: "3.3.4", title: "エラー回避（法的、金融、データ）", level: "AA", since: "2.0", manual: "法的・金銭的な確定や、データの変更・削除を行う操作があれば、取消し・確認・修正ができるかを確認する（この計算機は計算するだけで、送信・確定する操作はない）。" },
  { id: "3.3.7", title: "冗長な入力", level: "A", since: "2.2", manual: "同じ手続きの中で、前に入力した内容を再び入力させていないかを確認する。" },
  { id: "3.3.8", title: "アクセシブルな認証（最低限）", level: "AA", since: "2.2", judge: "absent:auth", manual: "ログイン等の認証があれば、記憶やパズルに頼らない方法があるかを確認する。" },
  { id: "4.1.1", title: "構文解析", level: "A", since: "2.0", removed: true, manual: "各ページの HTML を検証ツール（Nu Html Checker 等）にかけ、要素の開始・終了、属性の重複、id の重複がないかを確認する。" },
  { id: "4.1.2", title: "名前（name）・役割（role）及び値（value）", level: "A", since: "2.0", manual: "すべての操作部品の名前・役割・状態（選択・展開・無効・読み取り専用）が、スクリーンリーダーで正しく伝わるかを確認する。" },
  { id: "4.1.3", title: "ステータスメッセージ", level: "AA", since: "2.1", manual: "「計算エンジン 準備完了」「URLをコピーしました」、誤りの一覧などの状態の変化が、フォーカスを移さずにスクリーンリーダーで読み上げられるかを確認する。" },
];

/** The axe-core tag of a criterion ("1.4.10" → "wcag1410"). */
export const axeTag = (id) => `wcag${id.replaceAll(".", "")}`;

/** What each automated judge checks, in Japanese. */
export const JUDGES = {
  "auto:contrast": "axe-core の color-contrast（すべての文字）に違反も要確認もないこと",
  "auto:zoom": "200% 拡大に当たる幅 640 CSS ピクセルで、ページに横スクロールが生じないこと",
  "auto:reflow": "幅 320 CSS ピクセルで、ページに横スクロールが生じないこと（データ表の横スクロールは除く）",
  "auto:trap": "Tab を押し続けて、ページ内のすべての要素を巡回し、先頭に戻ること",
  "auto:skip": "最初の Tab で「本文へ移動」にフォーカスし、Enter の後の Tab で本文（main）の最初の要素に移ること",
  "auto:focus": "Tab で移るすべての要素で、フォーカスの表示（outline 又は box-shadow）があること",
  "auto:obscured": "Tab で移るすべての要素で、その中央が他の要素に隠れていないこと",
  "auto:lang": "html 要素の lang 属性が ja で、axe-core の html-has-lang・html-lang-valid に違反がないこと",
  "absent:media": "audio・video・object・embed 要素がないこと",
  "absent:images": "画像（img、svg、canvas、背景画像）がないこと",
  "absent:flash": "音声・映像・画像・アニメーションがないこと",
  "absent:auth": "パスワード・ワンタイムコードの入力欄がないこと",
};
