import { Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePortalTexts } from '../../../layout/portal-texts.ts';
import { fullName, type ServedDistrict } from '../../../lib/public-district.ts';
import '../../../layout/portal.css';

export const searchPage = (district: string, q: string) =>
  `/public/search?district=${district}&q=${encodeURIComponent(q.trim())}`;

/** The site's search box (站内搜索): a district's matters, certificates and guides in one go. */
export function SearchBox({ district, initial = '' }: { district: ServedDistrict; initial?: string }) {
  const { pt } = usePortalTexts();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [empty, setEmpty] = useState(false);
  return (
    <search className="cn-search-box">
      <label htmlFor="site-search" className="cn-visually-hidden">
        {pt('search.label')}
      </label>
      <Input.Search
        id="site-search"
        size="large"
        enterButton={pt('search.button')}
        placeholder={pt('search.placeholder')}
        value={value}
        maxLength={50}
        status={empty ? 'error' : undefined}
        aria-describedby="site-search-scope"
        onChange={(e) => {
          setValue(e.target.value);
          setEmpty(false);
        }}
        onSearch={(q) => {
          if (!q.trim()) return setEmpty(true);
          void navigate(searchPage(district.code, q));
        }}
      />
      <div id="site-search-scope" className="cn-search-scope" role={empty ? 'alert' : undefined}>
        {empty ? pt('search.enter') : pt('search.scope', { district: fullName(district) })}
      </div>
    </search>
  );
}
